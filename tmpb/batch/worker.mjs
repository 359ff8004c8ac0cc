import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
import process from "node:process";
import os from "node:os";
import tty from "node:tty";
// dist/errors.js
/**
* Typed errors that carry their exit code. The library throws them; only the CLI's entry
* point turns them into a line on stderr and an exit code.
*/
const EXIT = {
	ok: 0,
	invalidRecords: 1,
	usage: 2,
	rules: 3,
	input: 4,
	/** Something went wrong inside the tool itself: a bug, to report. */
	internal: 70
};
var SubsidyError = class extends Error {
	exitCode;
	constructor(message, exitCode) {
		super(message);
		this.exitCode = exitCode;
		this.name = new.target.name;
	}
};
/** An input cannot be read: a missing file, broken JSON or YAML, an unknown record type. */
var InputError = class extends SubsidyError {
	constructor(message) {
		super(message, EXIT.input);
	}
};
// dist/records/fields.js
/**
* The record contract: every field of every record type, its kind, and the Chinese
* headers accepted for it. This table is the one source of truth: the zod schemas,
* the header matching, the templates and the README's field table are built from it.
*/
const RECORD_TYPES = [
	"placement",
	"hire",
	"startup"
];
/** A record type's place in RECORD_TYPES, without a lookup (it is asked for every CSV row). */
const typeIndex = (type) => type === "placement" ? 0 : type === "hire" ? 1 : 2;
const f = (name, kind, zh, en, extra = {}) => ({
	name,
	kind,
	zh,
	en,
	...extra
});
const CASE_ID = f("case_id", "text", [
	"案件编号",
	"申请编号",
	"案卷编号"
], "case (claim) identifier");
const FIELDS = {
	placement: [
		CASE_ID,
		f("agency_name", "text", [
			"人力资源服务机构名称",
			"机构名称",
			"人力资源服务机构"
		], "HR service agency name"),
		f("agency_credit_code", "credit_code", ["机构统一社会信用代码", "机构信用代码"], "agency's unified social credit code"),
		f("worker_name", "text", [
			"劳动者姓名",
			"姓名",
			"职工姓名"
		], "worker's name"),
		f("worker_id", "resident_id", [
			"身份证号",
			"劳动者身份证号",
			"身份证号码",
			"公民身份号码"
		], "worker's resident ID number", { required: true }),
		f("enterprise_name", "text", [
			"企业名称",
			"用工企业",
			"用工单位"
		], "enterprise the worker was placed at"),
		f("enterprise_credit_code", "credit_code", [
			"企业统一社会信用代码",
			"统一社会信用代码",
			"企业信用代码"
		], "enterprise's unified social credit code"),
		f("enterprise_category", "categories", ["企业类别", "企业类型"], "key, electronics, both (key;electronics) or other"),
		f("contract_signed", "date", [
			"合同签订日期",
			"签订合同日期",
			"签订日期"
		], "date the labour contract was signed"),
		f("employment_start", "date", [
			"入职日期",
			"上岗日期",
			"就业开始日期"
		], "first day of employment (defaults to contract_signed)", { defaultFrom: "contract_signed" }),
		f("employment_end", "date", ["离职日期", "就业结束日期"], "last day of employment (empty: still employed)"),
		f("organization_cost", "money", [
			"组织费用",
			"实际组织费用",
			"紧急组织费用"
		], "agency's actual organizing cost for the worker (yuan)"),
		f("claimed_recruitment", "money", ["申领招聘补贴", "已申领招聘补贴"], "recruitment subsidy claimed (yuan)"),
		f("claimed_emergency", "money", ["申领应急补贴", "已申领应急补贴"], "emergency subsidy claimed (yuan)"),
		f("claimed_organization", "money", ["申领紧急组织补贴", "已申领紧急组织补贴"], "organization subsidy claimed (yuan)")
	],
	hire: [
		CASE_ID,
		f("enterprise_name", "text", [
			"企业名称",
			"用人单位",
			"用工单位"
		], "hiring enterprise"),
		f("enterprise_credit_code", "credit_code", [
			"企业统一社会信用代码",
			"统一社会信用代码",
			"企业信用代码"
		], "enterprise's unified social credit code"),
		f("worker_name", "text", [
			"劳动者姓名",
			"姓名",
			"职工姓名"
		], "worker's name"),
		f("worker_id", "resident_id", [
			"身份证号",
			"劳动者身份证号",
			"身份证号码",
			"公民身份号码"
		], "worker's resident ID number", { required: true }),
		f("worker_group", "groups", [
			"人员类别",
			"劳动者类别",
			"就业人员类别"
		], "poverty_registered, hard_to_employ, none, …"),
		f("contract_signed", "date", [
			"合同签订日期",
			"签订合同日期",
			"签订日期"
		], "date the labour contract was signed"),
		f("employment_start", "date", [
			"入职日期",
			"上岗日期",
			"就业开始日期"
		], "first day of employment (defaults to contract_signed)", { defaultFrom: "contract_signed" }),
		f("claimed_hiring", "money", ["申领一次性岗位补贴", "已申领一次性岗位补贴"], "one-time job subsidy claimed (yuan)")
	],
	startup: [
		CASE_ID,
		f("applicant_name", "text", [
			"申请人姓名",
			"姓名",
			"创业者姓名"
		], "applicant's name"),
		f("applicant_id", "resident_id", [
			"身份证号",
			"申请人身份证号",
			"身份证号码",
			"公民身份号码"
		], "applicant's resident ID number", { required: true }),
		f("applicant_group", "groups", ["人员类别", "申请人类别"], "migrant_worker, college_graduate, …"),
		f("business_district", "district", [
			"创业地区",
			"所在区县",
			"经营地区",
			"区县"
		], "district of the business (长寿区, 长寿, Changshou or 500115 all match)"),
		f("business_registered", "date", [
			"登记日期",
			"营业执照登记日期",
			"注册日期"
		], "date the business was registered"),
		f("loan_requested", "money", [
			"申请贷款金额",
			"贷款申请金额",
			"申请贷款额度"
		], "guaranteed loan requested (yuan)"),
		f("claimed_startup_grant", "money", ["申领创业补贴", "已申领创业补贴"], "startup grant claimed (yuan)"),
		f("claimed_startup_loan", "money", ["申领创业担保贷款", "已申领创业担保贷款"], "startup loan claimed (yuan)")
	]
};
/** The column that names the record type, and its Chinese headers. */
const TYPE_FIELD = f("type", "text", ["类型", "记录类型"], "placement, hire or startup");
/** Chinese names of the record types, accepted as values of `type`. */
const TYPE_ALIASES = {
	placement: "placement",
	hire: "hire",
	startup: "startup",
	送工: "placement",
	介绍就业: "placement",
	吸纳就业: "hire",
	招用: "hire",
	创业: "startup"
};
const TYPE_NAMES = {
	placement: {
		zh: "送工",
		en: "placement"
	},
	hire: {
		zh: "吸纳就业",
		en: "hire"
	},
	startup: {
		zh: "创业",
		en: "startup"
	}
};
function recordTypeOf(value) {
	if (typeof value !== "string") return void 0;
	const v = value.trim();
	return TYPE_ALIASES[v] ?? TYPE_ALIASES[v.toLowerCase()];
}
/** The field that identifies the person a record is about. */
const PERSON_FIELD = {
	placement: "worker_id",
	hire: "worker_id",
	startup: "applicant_id"
};
/** The field that names the person a record is about. */
const NAME_FIELD = {
	placement: "worker_name",
	hire: "worker_name",
	startup: "applicant_name"
};
const headerIndex = /* @__PURE__ */ new Map();
for (const type of RECORD_TYPES) {
	const index = /* @__PURE__ */ new Map();
	for (const spec of [TYPE_FIELD, ...FIELDS[type]]) {
		index.set(spec.name, spec.name);
		for (const zh of spec.zh) index.set(zh, spec.name);
	}
	headerIndex.set(type, index);
}
/** Normalizes a header as written (case, spaces, full-width brackets) for matching. */
function normalizeHeader(header) {
	return header.replace(/^\uFEFF/, "").trim().replace(/[\s\u3000]+/g, "").replace(/[（(].*?[)）]$/, "").toLowerCase();
}
function fieldSpec(type, name, extras = []) {
	return FIELDS[type].find((s) => s.name === name) ?? extras.find((s) => s.name === name);
}
// dist/engine/calendar.js
/**
* Calendar dates as `YYYY-MM-DD` strings: no time zone, no `Date` arithmetic.
* ISO date strings of four-digit years sort in calendar order, so `<` compares them.
*/
function isLeapYear(year) {
	return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function formatDate(year, month, day) {
	return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
/** Whether year, month and day name a real day of the Gregorian calendar (years 1000-9999). */
function isValidDate(year, month, day) {
	return Number.isInteger(year) && year >= 1e3 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
const d = (date, i) => date.charCodeAt(i) - 48;
/**
* The last day of a period of `months` months that starts on `date`, as 《民法典》
* articles 201-202 count it: the corresponding day `months` months later, or that
* month's last day where it has none (2020-01-31 + 3 → 2020-04-30).
*/
function addMonths(date, months) {
	const y = d(date, 0) * 1e3 + d(date, 1) * 100 + d(date, 2) * 10 + d(date, 3);
	const m = d(date, 5) * 10 + d(date, 6);
	const day = d(date, 8) * 10 + d(date, 9);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = index % 12 + 1;
	return formatDate(year, month, Math.min(day, daysInMonth(year, month)));
}
// dist/records/credit-code.js
/**
* Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from the 31 of
* 0-9 and A-Z without I, O, Z, S and V; the last is a check character, mod 31 over weights.
*/
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS$1 = [
	1,
	3,
	9,
	27,
	19,
	26,
	16,
	17,
	20,
	29,
	25,
	13,
	8,
	24,
	10,
	30,
	28
];
const VALUE = new Map([...CREDIT_CODE_CHARS].map((c, i) => [c, i]));
/** The check character of the first 17 characters (which must be in the character set). */
function creditCodeCheck(first17) {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += VALUE.get(first17[i]) * WEIGHTS$1[i];
	return CREDIT_CODE_CHARS[(31 - sum % 31) % 31];
}
/** What is wrong with a credit code (already trimmed and upper-cased), or undefined when it is valid. */
function creditCodeProblem(code) {
	if (code.length !== 18) return `a unified social credit code has 18 characters, this one ${code.length}`;
	for (const c of code) if (!VALUE.has(c)) return /[IOZSV]/.test(c) ? `a unified social credit code never holds the letters I, O, Z, S or V: is this ${c} a ${{
		I: "1",
		O: "0",
		Z: "2",
		S: "5",
		V: "U"
	}[c]}?` : `a unified social credit code holds only digits and capital letters, not ${JSON.stringify(c)}`;
	const expected = creditCodeCheck(code);
	if (code[17] !== expected) return `the check character is ${code[17]}, but the first 17 characters give ${expected}: a character is mistyped`;
}
// dist/records/id-number.js
/**
* Resident ID numbers (公民身份号码, GB 11643-1999): 17 digits — a 6-digit area code, the
* birth date as YYYYMMDD and a 3-digit sequence — then a check character by ISO 7064 MOD 11-2
* (0-9 or X). The 15-digit numbers issued before 1999 have a 2-digit year and no check
* character; their 18-digit form adds "19" and the check character.
*/
const WEIGHTS = [
	7,
	9,
	10,
	5,
	8,
	4,
	2,
	1,
	6,
	3,
	7,
	9,
	10,
	5,
	8,
	4,
	2
];
const CHECK = "10X98765432";
/** The check character of the first 17 digits. */
function residentIdCheck(first17) {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
	return CHECK[sum % 11];
}
/** The 18-digit form of a 15-digit ID number. */
function upgradeResidentId(id15) {
	const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
	return first17 + residentIdCheck(first17);
}
/** What is wrong with an ID number (already trimmed and upper-cased), or undefined when it is valid. */
function residentIdProblem(id) {
	if (/^\d{15}$/.test(id)) {
		const upgraded = upgradeResidentId(id);
		const dateProblem = residentIdProblem(upgraded);
		return dateProblem ? `a 15-digit ID number from before 1999, and ${dateProblem.replace(/^the birth date/, "its birth date")}` : `a 15-digit ID number from before 1999: write its 18-digit form ${upgraded}`;
	}
	if (id.length !== 18) return `an ID number has 18 characters, this one ${id.length}`;
	if (!/^\d{17}[\dX]$/.test(id)) return "an ID number is 17 digits and a check character (a digit or X)";
	const year = Number(id.slice(6, 10));
	const month = Number(id.slice(10, 12));
	const day = Number(id.slice(12, 14));
	if (year < 1800 || year > 2099 || !isValidDate(year, month, day)) return `the birth date ${id.slice(6, 14)} in the ID number is not a date`;
	const expected = residentIdCheck(id);
	if (id[17] !== expected) return `the check character is ${id[17]}, but the first 17 digits give ${expected}: a digit is mistyped`;
}
// dist/records/values.js
/**
* Parsers for the raw values of record fields: dates, money, and the vocabularies of
* categories and groups. Each returns the parsed value or a message that says what is
* wrong and what is accepted; none throws.
*/
/** What a parser returns for a value it cannot read: the message says what is wrong and what is accepted. */
var Invalid = class {
	error;
	constructor(error) {
		this.error = error;
	}
};
const isInvalid = (r) => r instanceof Invalid;
const ok = (value) => value;
const fail$1 = (error) => new Invalid(error);
const DATE_FORMS = [
	/^(\d{4})-(\d{1,2})-(\d{1,2})$/,
	/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
	/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
	/^(\d{4})年(\d{1,2})月(\d{1,2})日$/
];
const digit$1 = (text, i) => text.charCodeAt(i) - 48;
const isDigit = (text, i) => {
	const c = text.charCodeAt(i);
	return c >= 48 && c <= 57;
};
/** Reads `2020-02-20`, `2020/2/20`, `2020.2.20` or `2020年2月20日`; rejects days that do not exist. */
function parseDate(raw) {
	if (typeof raw !== "string") return fail$1("expected a date such as 2020-02-20");
	if (raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45 && isDigit(raw, 0) && isDigit(raw, 1) && isDigit(raw, 2) && isDigit(raw, 3) && isDigit(raw, 5) && isDigit(raw, 6) && isDigit(raw, 8) && isDigit(raw, 9)) return isValidDate(digit$1(raw, 0) * 1e3 + digit$1(raw, 1) * 100 + digit$1(raw, 2) * 10 + digit$1(raw, 3), digit$1(raw, 5) * 10 + digit$1(raw, 6), digit$1(raw, 8) * 10 + digit$1(raw, 9)) ? ok(raw) : fail$1(`${raw} is not a date on the calendar`);
	const text = raw.trim();
	for (const form of DATE_FORMS) {
		const m = form.exec(text);
		if (!m) continue;
		const year = Number(m[1]);
		const month = Number(m[2]);
		const day = Number(m[3]);
		if (!isValidDate(year, month, day)) return fail$1(`${text} is not a date on the calendar`);
		return ok(formatDate(year, month, day));
	}
	return fail$1("expected a date as 2020-02-20, 2020/2/20 or 2020年2月20日");
}
const MONEY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
/**
* Reads an amount in yuan with at most two decimals, optionally with thousands separators,
* a leading ¥ or a trailing 元, and returns it in integer fen.
*/
function parseMoney(raw) {
	if (typeof raw === "string" && raw.length > 0 && raw.length < 14) {
		let fen = 0;
		let i = 0;
		let c = 0;
		for (; i < raw.length; i++) {
			c = raw.charCodeAt(i);
			if (c < 48 || c > 57) break;
			fen = fen * 10 + (c - 48);
		}
		if (i > 0) {
			if (i === raw.length) return ok(fen * 100);
			if (c === 46 && raw.length - i - 1 <= 2 && raw.length - i - 1 >= 1) {
				let cents = 0;
				let j = i + 1;
				for (; j < raw.length && isDigit(raw, j); j++) cents = cents * 10 + digit$1(raw, j);
				if (j === raw.length) return ok(fen * 100 + (raw.length - i - 1 === 1 ? cents * 10 : cents));
			}
		}
	}
	let text;
	if (typeof raw === "number") {
		if (!Number.isFinite(raw)) return fail$1("expected an amount in yuan such as 1000 or 999.99");
		text = Math.abs(raw) < 0x38d7ea4c68000 ? String(raw) : raw.toFixed(0);
	} else if (typeof raw === "string") text = raw.trim();
	else return fail$1("expected an amount in yuan such as 1000 or 999.99");
	const plain = text.replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "");
	if (/^-/.test(plain)) return fail$1("an amount must not be negative");
	if (!MONEY.exec(plain)) {
		if (/^[\d,]*\.\d{3,}$/.test(plain)) return fail$1("an amount has at most two decimals (fen)");
		return fail$1("expected an amount in yuan such as 1000, 1,000.50 or 999.99");
	}
	const [whole, decimals = ""] = plain.replace(/,/g, "").split(".");
	const fen = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
	if (!Number.isSafeInteger(fen)) return fail$1("the amount is too large");
	return ok(fen);
}
/** Writes integer fen as yuan with two decimals: 99999 → "999.99". */
function formatFen(fen) {
	const sign = fen < 0 ? "-" : "";
	const abs = Math.abs(fen);
	const yuan = Math.floor(abs / 100);
	const cents = abs % 100;
	return `${sign}${yuan}.${cents < 10 ? "0" : ""}${cents}`;
}
/** Integer fen as a yuan number for JSON: 99999 → 999.99 (exact to the printed digits). */
function fenToYuan(fen) {
	return fen / 100;
}
const ENTERPRISE_CATEGORIES = [
	"key",
	"electronics",
	"other"
];
const CATEGORY_ALIASES = {
	key: "key",
	electronics: "electronics",
	other: "other",
	重点企业: "key",
	重点: "key",
	重庆市重点企业: "key",
	电子企业: "electronics",
	电子: "electronics",
	其他: "other",
	其它: "other",
	其他企业: "other",
	一般企业: "other"
};
const CATEGORY_LABELS = {
	key: {
		zh: "重点企业",
		en: "key enterprise"
	},
	electronics: {
		zh: "电子企业",
		en: "electronics enterprise"
	},
	other: {
		zh: "其他",
		en: "other"
	}
};
/** Known population groups and their Chinese names; other groups are accepted as written. */
const GROUP_ALIASES = {
	建档立卡贫困家庭成员: "poverty_registered",
	建档立卡贫困人员: "poverty_registered",
	建档立卡贫困户: "poverty_registered",
	建档立卡: "poverty_registered",
	贫困家庭成员: "poverty_registered",
	农民工: "migrant_worker",
	返乡农民工: "migrant_worker",
	就业困难人员: "hard_to_employ",
	高校毕业生: "college_graduate",
	退役军人: "veteran",
	无: "none"
};
const GROUP_LABELS = {
	poverty_registered: {
		zh: "建档立卡贫困家庭成员",
		en: "member of a registered poor household"
	},
	migrant_worker: {
		zh: "农民工",
		en: "migrant worker"
	},
	hard_to_employ: {
		zh: "就业困难人员",
		en: "hard to employ"
	},
	college_graduate: {
		zh: "高校毕业生",
		en: "college graduate"
	},
	veteran: {
		zh: "退役军人",
		en: "veteran"
	},
	none: {
		zh: "无",
		en: "none"
	}
};
/** Splits a multi-valued cell: `key;electronics`, `重点企业、电子企业`, or a list. */
function splitValues(raw) {
	const items = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[;；、]/) : void 0;
	if (!items) return void 0;
	const out = [];
	for (const item of items) {
		if (typeof item !== "string") return void 0;
		const v = item.trim();
		if (v) out.push(v);
	}
	return out;
}
/** Remembers the parse of values that repeat across a batch (categories, groups). */
function memoized(parse) {
	const cache = /* @__PURE__ */ new Map();
	return (raw) => {
		if (typeof raw !== "string") return parse(raw);
		let hit = cache.get(raw);
		if (hit === void 0) {
			if (cache.size >= 4096) cache.clear();
			hit = parse(raw);
			cache.set(raw, hit);
		}
		return hit;
	};
}
/**
* Enterprise categories: the canonical names, Chinese names, several at once.
* The parsed list is shared between records with the same text: treat it as read-only.
*/
const parseCategories = memoized(parseCategoriesUncached);
function parseCategoriesUncached(raw) {
	const items = splitValues(raw);
	if (!items || items.length === 0) return fail$1(`expected ${ENTERPRISE_CATEGORIES.join(", ")} (or 重点企业, 电子企业, 其他)`);
	const out = [];
	for (const item of items) {
		const c = CATEGORY_ALIASES[item] ?? CATEGORY_ALIASES[item.toLowerCase()];
		if (!c) return fail$1(`unknown enterprise category "${item}": allowed are ${ENTERPRISE_CATEGORIES.join(", ")} (重点企业, 电子企业, 其他); write both as key;electronics`);
		if (!out.includes(c)) out.push(c);
	}
	return ok(out);
}
function normalizeGroup(item) {
	return GROUP_ALIASES[item] ?? item.toLowerCase().replace(/[\s-]+/g, "_");
}
/** Population groups (open-ended); the parsed list is shared: treat it as read-only. */
const parseGroups = memoized(parseGroupsUncached);
function parseGroupsUncached(raw) {
	const items = splitValues(raw);
	if (!items || items.length === 0) return fail$1("expected a group such as poverty_registered or migrant_worker");
	const out = [];
	for (const item of items) {
		const g = normalizeGroup(item);
		if (!out.includes(g)) out.push(g);
	}
	return ok(out);
}
const EDGE_SPACE = /^\s|\s$/;
function parseText(raw) {
	if (typeof raw === "string") return ok(EDGE_SPACE.test(raw) ? raw.trim() : raw);
	if (typeof raw === "number" && Number.isFinite(raw)) return ok(String(raw));
	return fail$1("expected text");
}
const PLAIN_ID = /^[0-9A-Z]+$/;
/** What is wrong with an identification number that is not a string. */
function idNotText(raw) {
	return typeof raw === "number" ? "write the number as text (in quotes): a number loses its digits" : "expected an identification number as text";
}
/** An identification number as text, spaces removed and letters upper-cased (x → X). */
function idText(raw) {
	if (typeof raw !== "string") return fail$1(idNotText(raw));
	return PLAIN_ID.test(raw) ? raw : raw.replace(/\s+/g, "").toUpperCase();
}
/** A resident ID number (GB 11643): 18 characters with a valid birth date and check character. */
function parseResidentId(raw) {
	const id = idText(raw);
	if (isInvalid(id)) return id;
	const problem = residentIdProblem(id);
	return problem ? fail$1(problem) : id;
}
/** A unified social credit code (GB 32100): 18 characters of its set with a valid check character. */
function parseCreditCode(raw) {
	const code = idText(raw);
	if (isInvalid(code)) return code;
	const problem = creditCodeProblem(code);
	return problem ? fail$1(problem) : code;
}
/** A whole number, such as a count of months. */
function parseInteger(raw) {
	const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
	if (!/^[+-]?\d+$/.test(text)) return fail$1("expected a whole number such as 12");
	const n = Number(text);
	return Number.isSafeInteger(n) ? n : fail$1("the number is too large");
}
/** A decimal number. */
function parseNumber(raw) {
	const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim().replace(/,/g, "") : "";
	const n = Number(text);
	return text !== "" && Number.isFinite(n) ? n : fail$1("expected a number such as 12.5");
}
/** Several values: a list, or text separated by ; or 、. */
function parseList(raw) {
	const items = splitValues(raw);
	return items && items.length ? items : fail$1("expected one or more values, separated by ;");
}
// dist/records/kinds.js
const PARSERS = {
	text: parseText,
	resident_id: parseResidentId,
	credit_code: parseCreditCode,
	date: parseDate,
	money: parseMoney,
	categories: parseCategories,
	groups: parseGroups,
	district: parseText,
	integer: parseInteger,
	number: parseNumber,
	list: parseList
};
/** The fields that crossFieldError reads: a reader that reads only some fields reads these too. */
const CROSS_FIELDS = [
	"employment_start",
	"contract_signed",
	"employment_end"
];
/** Checks between fields of a record whose fields are each valid: the field at fault and why, or undefined. */
function crossFieldError(facts) {
	const start = facts.employment_start ?? facts.contract_signed;
	const end = facts.employment_end;
	if (start && end && end < start) return {
		field: "employment_end",
		value: end,
		message: `the last day of employment ${end} is before its first day ${start}`
	};
}
function isBlank(value) {
	return value === void 0 || value === null || typeof value === "string" && (value === "" || value.trim() === "");
}
const OUTCOMES = [
	"met",
	"not_met",
	"unknown",
	"pending"
];
/** The test of a check: the same outcome, from the facts. */
function testOf({ reads, check }) {
	const [a, b] = reads;
	if (a === void 0) return (_facts, asOf) => check(void 0, void 0, asOf);
	if (b === void 0) return (facts, asOf) => check(facts[a], void 0, asOf);
	return (facts, asOf) => check(facts[a], facts[b], asOf);
}
/** A condition from its check, and the reasons for the outcome the check gives (`explain`). */
function conditionOf(check, explain) {
	const test = testOf(check);
	return {
		test,
		check,
		fn: (facts, asOf) => explain(facts, OUTCOMES[test(facts, asOf)])
	};
}
/** A problem in a pack, at a place below the condition or amount being compiled. */
var PackProblem = class extends Error {
	at;
	constructor(message, at = []) {
		super(message);
		this.at = at;
	}
};
function factKind(ctx, fact, at) {
	const type = ctx.program.record_type;
	const spec = fieldSpec(type, fact, ctx.facts[type]);
	if (spec) return spec.kind;
	const own = [...FIELDS[type], ...ctx.facts[type]].map((s) => s.name).join(", ");
	const elsewhere = RECORD_TYPES.filter((t) => fieldSpec(t, fact, ctx.facts[t]));
	throw new PackProblem(elsewhere.length ? `unknown fact "${fact}" for ${type} records (it is a field of ${elsewhere.join(", ")} records); ${type} records have ${own}` : `unknown fact "${fact}": no record type has such a field; ${type} records have ${own}, and a pack may declare more under facts`, [at]);
}
function paramValue(ctx, name, expect, at) {
	const p = ctx.params.get(name);
	if (!p) throw new PackProblem(`unknown parameter "${name}"; the packs define ${[...ctx.params.keys()].join(", ")}`, at);
	if (expect.length && !expect.includes(p.spec.type)) throw new PackProblem(`parameter ${name} is of type ${p.spec.type}; here it must be ${expect.join(" or ")}`, at);
	return p.value;
}
/** The parameter types a condition's value may come from, by the kind of fact it compares. */
function comparable(kind) {
	return kind === "money" ? ["money"] : kind === "integer" || kind === "number" ? ["integer"] : [];
}
/** A literal or parameter value, converted to the fact's representation. */
function resolveValue(ctx, value, kind, params) {
	if (typeof value === "object" && value !== null && !Array.isArray(value)) return {
		value: paramValue(ctx, value.param, params, ["value", "param"]),
		param: value.param
	};
	if (kind === "money" && (typeof value === "number" || typeof value === "string")) {
		const r = parseMoney(value);
		if (isInvalid(r)) throw new PackProblem(`${JSON.stringify(value)}: ${r.error}`, ["value"]);
		return { value: r };
	}
	if ((kind === "date" || kind === "integer" || kind === "number") && (typeof value === "string" || typeof value === "number")) {
		const r = PARSERS[kind](value);
		if (isInvalid(r)) throw new PackProblem(`${JSON.stringify(value)}: ${r.error}`, ["value"]);
		return { value: r };
	}
	return { value };
}
function asList(value) {
	return Array.isArray(value) ? value : value === void 0 || value === null ? [] : [value];
}
function compileCondition(ctx, spec) {
	const id = spec.id;
	switch (spec.op) {
		case "present": {
			factKind(ctx, spec.fact, "fact");
			const fact = spec.fact;
			return conditionOf({
				reads: [fact],
				check: (value) => value === void 0 ? 2 : 0
			}, (facts, outcome) => {
				const value = facts[fact];
				return value === void 0 ? {
					condition: id,
					outcome,
					fact,
					missing: [fact]
				} : {
					condition: id,
					outcome,
					fact,
					value
				};
			});
		}
		case "any_in":
		case "none_in": {
			const kind = factKind(ctx, spec.fact, "fact");
			const { value: listValue, param } = resolveValue(ctx, spec.value, kind, ["list"]);
			const norm = spec.match === "district" ? ctx.districts : void 0;
			const expected = asList(listValue).map((v) => norm ? norm(String(v)) : String(v));
			const set = new Set(expected);
			const wantAny = spec.op === "any_in";
			const fact = spec.fact;
			return conditionOf({
				reads: [fact],
				check: (raw) => {
					if (raw === void 0) return 2;
					let hit = false;
					if (Array.isArray(raw)) for (let i = 0; i < raw.length && !hit; i++) hit = set.has(norm ? norm(String(raw[i])) : String(raw[i]));
					else hit = set.has(norm ? norm(String(raw)) : String(raw));
					return hit === wantAny ? 0 : 1;
				}
			}, (facts, outcome) => {
				const raw = facts[fact];
				if (raw === void 0) return {
					condition: id,
					outcome,
					fact,
					expected,
					param,
					missing: [fact]
				};
				const value = Array.isArray(raw) ? raw : norm ? norm(String(raw)) : String(raw);
				return {
					condition: id,
					outcome,
					fact,
					value,
					expected,
					param
				};
			});
		}
		case "eq":
		case "ne":
		case "gt":
		case "gte":
		case "lt":
		case "lte": {
			const kind = factKind(ctx, spec.fact, "fact");
			const { value: expected, param } = resolveValue(ctx, spec.value, kind, comparable(kind));
			const fact = spec.fact;
			const op = spec.op;
			const compare = (a, b) => {
				switch (op) {
					case "eq": return a === b;
					case "ne": return a !== b;
					case "gt": return a > b;
					case "gte": return a >= b;
					case "lt": return a < b;
					case "lte": return a <= b;
				}
			};
			return conditionOf({
				reads: [fact],
				check: (value) => {
					if (value === void 0 || expected === null || expected === void 0) return 2;
					return compare(value, expected) ? 0 : 1;
				}
			}, (facts, outcome) => {
				const value = facts[fact];
				if (value === void 0) return {
					condition: id,
					outcome,
					fact,
					expected,
					param,
					missing: [fact]
				};
				if (expected === null || expected === void 0) return {
					condition: id,
					outcome,
					fact,
					value,
					param,
					missing: [param ?? fact]
				};
				return {
					condition: id,
					outcome,
					fact,
					value,
					expected,
					param
				};
			});
		}
		case "retained": {
			if (factKind(ctx, spec.start, "start") !== "date") throw new PackProblem(`retained counts from a date field; ${spec.start} is not one`, ["start"]);
			if (factKind(ctx, spec.end, "end") !== "date") throw new PackProblem(`retained counts to a date field; ${spec.end} is not one`, ["end"]);
			const { start, end } = spec;
			const param = typeof spec.months === "object" ? spec.months.param : void 0;
			const months = param ? paramValue(ctx, param, ["integer"], ["months", "param"]) : spec.months;
			const reached = /* @__PURE__ */ new Map();
			const reachedOn = (from) => {
				let day = reached.get(from);
				if (day === void 0) {
					day = addMonths(from, months);
					if (reached.size >= 4096) reached.clear();
					reached.set(from, day);
				}
				return day;
			};
			return conditionOf({
				reads: [start, end],
				check: (first, last, asOf) => {
					if (months === null) return 2;
					const from = first;
					if (from === void 0) return 2;
					const to = last ?? null;
					const day = reachedOn(from);
					return (to !== null && to < asOf ? to : asOf) >= day ? 0 : to !== null && to < day ? 1 : 3;
				}
			}, (facts, outcome) => {
				if (months === null) return {
					condition: id,
					outcome,
					param,
					missing: [param]
				};
				const from = facts[start];
				if (from === void 0) return {
					condition: id,
					outcome,
					fact: start,
					months,
					missing: [start]
				};
				const to = facts[end] ?? null;
				return {
					condition: id,
					outcome,
					fact: start,
					start: from,
					end: to,
					months,
					reached_on: reachedOn(from),
					param
				};
			});
		}
	}
}
function constantAmount(result) {
	return {
		fn: () => result,
		fen: () => result.fen,
		check: {
			reads: [],
			fen: () => result.fen
		}
	};
}
function compileAmount(ctx, spec) {
	if ("param" in spec) {
		const name = spec.param;
		const fen = paramValue(ctx, name, ["money"], ["param"]);
		return constantAmount(fen === null ? {
			fen: null,
			param: name,
			missing: [name]
		} : {
			fen,
			param: name
		});
	}
	if ("yuan" in spec) {
		const r = parseMoney(spec.yuan);
		if (isInvalid(r)) throw new PackProblem(`amount ${spec.yuan}: ${r.error}`, ["yuan"]);
		return constantAmount({ fen: r });
	}
	if (factKind(ctx, spec.fact, "fact") !== "money") throw new PackProblem(`the amount comes from ${spec.fact}, which is not an amount of money`, ["fact"]);
	const fact = spec.fact;
	const capParam = spec.cap !== void 0 && typeof spec.cap === "object" ? spec.cap.param : void 0;
	let cap;
	if (capParam) cap = paramValue(ctx, capParam, ["money"], ["cap", "param"]);
	else if (typeof spec.cap === "number") {
		const r = parseMoney(spec.cap);
		if (isInvalid(r)) throw new PackProblem(`cap ${spec.cap}: ${r.error}`, ["cap"]);
		cap = r;
	}
	const check = {
		reads: [fact],
		fen: (value) => {
			const requested = value;
			if (requested === void 0 || cap === null) return null;
			return cap === void 0 || requested <= cap ? requested : cap;
		}
	};
	const fen = (facts) => check.fen(facts[fact]);
	return {
		fen,
		check,
		fn: (facts) => {
			const requested = facts[fact];
			if (requested === void 0) return {
				fen: null,
				fact,
				missing: [fact]
			};
			if (cap === void 0) return {
				fen: fen(facts),
				fact,
				requested
			};
			if (cap === null) return {
				fen: null,
				fact,
				requested,
				missing: [capParam]
			};
			return {
				fen: fen(facts),
				fact,
				requested,
				cap,
				capped: requested > cap
			};
		}
	};
}
/**
* Compiles every program of a pack, grouped by record type. A condition stated the same way
* by several programs (emergency and organization share theirs) is compiled and evaluated once.
* Problems are reported, each where it is, and compilation goes on to find the others.
*/
function compilePrograms(programs, params, districts, facts, report) {
	const out = Object.fromEntries(RECORD_TYPES.map((t) => [t, {
		conditions: [],
		tests: [],
		checks: [],
		programs: []
	}]));
	const add = (group, c) => {
		group.tests.push(c.test);
		group.checks.push(c.check);
		return group.conditions.push(c.fn) - 1;
	};
	const seen = /* @__PURE__ */ new Map();
	const attempt = (object, at, work, fallback) => {
		try {
			return work();
		} catch (e) {
			if (!(e instanceof PackProblem)) throw e;
			report(object, [...at, ...e.at], e.message);
			return fallback;
		}
	};
	for (const program of programs) {
		const ctx = {
			program,
			params,
			districts,
			facts
		};
		const group = out[program.record_type];
		const indexes = [];
		if (program.from || program.to) indexes.push(add(group, inEffectCondition(program)));
		indexes.push(...program.conditions.map((c) => {
			const key = `${program.record_type}\u0000${JSON.stringify(c)}`;
			let index = seen.get(key);
			if (index === void 0) {
				index = add(group, attempt(c, [], () => compileCondition(ctx, c), unknownCondition(c.id)));
				seen.set(key, index);
			}
			return index;
		}));
		const amount = attempt(program, ["amount"], () => compileAmount(ctx, program.amount), constantAmount({ fen: null }));
		group.programs.push({
			id: program.id,
			spec: program,
			recordType: program.record_type,
			conditions: indexes,
			conditionSpecs: new Map(program.conditions.map((c) => [c.id, c])),
			amount: amount.fn,
			fen: amount.fen,
			fenCheck: amount.check
		});
	}
	return out;
}
/** The condition of a program's dates: the evaluation date is within from and to. */
function inEffectCondition(program) {
	const from = program.from;
	const to = program.to;
	const check = {
		reads: [],
		check: (_a, _b, asOf) => (!from || from <= asOf) && (!to || asOf <= to) ? 0 : 1
	};
	const test = testOf(check);
	return {
		test,
		check,
		fn: (facts, asOf) => ({
			condition: IN_EFFECT,
			outcome: OUTCOMES[test(facts, asOf)],
			value: asOf,
			expected: [from ?? null, to ?? null]
		})
	};
}
/** The id of the condition that a program's dates make. */
const IN_EFFECT = "in_effect";
/** Stands in for a condition that did not compile (the pack is then rejected). */
function unknownCondition(id) {
	return {
		test: () => 2,
		check: {
			reads: [],
			check: () => 2
		},
		fn: () => ({
			condition: id,
			outcome: "unknown"
		})
	};
}
// dist/rules/districts.js
function key(written) {
	return written.trim().toLowerCase().replace(/[\s'’-]+/g, "").replace(/(district|county)$/, "");
}
/** Builds the resolver for a pack's district table: any known form → the official name. */
function districtResolver(districts) {
	const index = /* @__PURE__ */ new Map();
	for (const d of districts) {
		index.set(key(d.name), d.name);
		for (const alias of d.aliases) index.set(key(String(alias)), d.name);
	}
	const resolved = /* @__PURE__ */ new Map();
	return (written) => {
		let name = resolved.get(written);
		if (name === void 0) {
			name = index.get(key(written)) ?? written.trim();
			if (resolved.size >= 4096) resolved.clear();
			resolved.set(written, name);
		}
		return name;
	};
}
// dist/rules/pack.js
/**
* Compiles a pack from its (validated) data. A problem found while compiling goes to `report`;
* without one, it is thrown (data from a loaded pack has none).
*/
function packFromData(data, report) {
	const districts = districtResolver(data.spec.districts);
	const compiled = compilePrograms(data.spec.programs, data.params, districts, data.facts, report ?? ((_object, at, message) => {
		throw new Error(`pack ${data.name}: ${at.join(".")}: ${message}`);
	}));
	const byType = Object.fromEntries(RECORD_TYPES.map((t) => [t, compiled[t].programs]));
	const programs = data.spec.programs.map((p) => byType[p.record_type].find((c) => c.id === p.id));
	return {
		...data,
		districts,
		programs,
		byType,
		compiled
	};
}
// dist/engine/evaluate.js
/**
* The engine: a parsed record and a compiled pack in, one result per program out.
* Pure: no I/O, no clock; the evaluation date is an argument.
*/
function missingOf(unknown, amountMissing) {
	const out = [];
	for (const c of unknown) for (const m of c.missing ?? []) if (!out.includes(m)) out.push(m);
	for (const m of amountMissing ?? []) if (!out.includes(m)) out.push(m);
	return out;
}
/**
* A result's status, in three-valued logic: one unmet condition makes it ineligible whatever
* else is unknown; otherwise one unknown fact or parameter (of the conditions or the amount)
* makes it undetermined; otherwise a pending condition makes it pending; otherwise eligible.
*/
function decide(notMet, unknown, pending, fen) {
	if (notMet) return "ineligible";
	if (unknown || fen === null) return "undetermined";
	return pending ? "pending" : "eligible";
}
/**
* Evaluates one record against every program of its type (see decide): the results with their
* reasons; a pending one is pending until the latest of its conditions' dates.
*/
function evaluateRecord(type, facts, pack, asOf) {
	const { conditions: fns, programs } = pack.compiled[type];
	const outcomes = new Array(fns.length);
	for (let i = 0; i < fns.length; i++) outcomes[i] = fns[i](facts, asOf);
	const results = new Array(programs.length);
	for (let p = 0; p < programs.length; p++) {
		const program = programs[p];
		const conditions = new Array(program.conditions.length);
		let notMet;
		let unknown;
		let pending;
		for (let i = 0; i < conditions.length; i++) {
			const c = outcomes[program.conditions[i]];
			conditions[i] = c;
			if (c.outcome === "not_met") (notMet ??= []).push(c);
			else if (c.outcome === "unknown") (unknown ??= []).push(c);
			else if (c.outcome === "pending") (pending ??= []).push(c);
		}
		const amountRule = program.amount(facts);
		const kind = program.spec.kind;
		const status = decide(notMet !== void 0, unknown !== void 0, pending !== void 0, amountRule.fen);
		if (status === "ineligible") results[p] = {
			program: program.id,
			kind,
			status: "ineligible",
			amount: 0,
			reasons: notMet,
			conditions,
			amount_rule: amountRule
		};
		else if (status === "undetermined") results[p] = {
			program: program.id,
			kind,
			status: "undetermined",
			amount: null,
			reasons: unknown ?? [],
			conditions,
			amount_rule: amountRule,
			missing: missingOf(unknown ?? [], amountRule.missing)
		};
		else if (pending) {
			let eligibleOn = pending[0].reached_on;
			for (const c of pending) if (c.reached_on > eligibleOn) eligibleOn = c.reached_on;
			results[p] = {
				program: program.id,
				kind,
				status: "pending",
				amount: amountRule.fen,
				reasons: pending,
				conditions,
				amount_rule: amountRule,
				eligible_on: eligibleOn
			};
		} else results[p] = {
			program: program.id,
			kind,
			status: "eligible",
			amount: amountRule.fen,
			reasons: conditions,
			conditions,
			amount_rule: amountRule
		};
	}
	return results;
}
/**
* Results to be filled again and again by a statuses writer (statusesWriterOf), one per program of the record type:
* only their status and amount change; their reasons stay empty.
*/
function reusableResults(type, pack) {
	return pack.compiled[type].programs.map((p) => ({
		program: p.id,
		kind: p.spec.kind,
		status: "ineligible",
		amount: null,
		reasons: [],
		conditions: [],
		amount_rule: { fen: null }
	}));
}
const writers = /* @__PURE__ */ new WeakMap();
/**
* The statuses of one record type of a pack, to call for record after record: the
* statuses and amounts of evaluateRecord, without their reasons, written into `into` (from
* reusableResults); nothing is allocated. For output that shows only statuses and amounts.
*/
function statusesWriterOf(type, pack) {
	const compiled = pack.compiled[type];
	let write = writers.get(compiled);
	if (!write) writers.set(compiled, write = statusesWriter(compiled));
	return write;
}
/**
* statusesWriterOf, written out as code: each fact read once, by its name
* (so that records of one shape are read fast), each condition's check called at a call site of
* its own, and each program's outcome decided as decide() does, from its conditions' codes.
*/
function statusesWriter(compiled) {
	const reads = /* @__PURE__ */ new Map();
	const read = (name) => {
		let local = reads.get(name);
		if (!local) reads.set(name, local = `f${reads.size}`);
		return local;
	};
	const args = (names) => [0, 1].map((i) => names[i] === void 0 ? "undefined" : read(names[i])).join(", ");
	const lines = [];
	compiled.checks.forEach((c, i) => lines.push(`const o${i} = c${i}(${args(c.reads)}, asOf);`));
	compiled.programs.forEach((program, p) => {
		const any = (code) => program.conditions.map((i) => `o${i} === ${code}`).join(" || ") || "false";
		const fen = program.fenCheck.reads.length ? `a${p}(${read(program.fenCheck.reads[0])})` : `a${p}(undefined)`;
		lines.push(`{`, `  const notMet = ${any(1)};`, `  const fen = notMet ? 0 : ${fen};`, `  const status = notMet ? 'ineligible' : ${any(2)} || fen === null ? 'undetermined' : ${any(3)} ? 'pending' : 'eligible';`, `  const r = into[${p}];`, `  r.status = status;`, `  r.amount = status === 'ineligible' ? 0 : status === 'undetermined' ? null : fen;`, `}`);
	});
	const facts = [...reads].map(([name, local]) => `const ${local} = facts[${JSON.stringify(name)}];`);
	const bind = [...compiled.checks.map((_, i) => `c${i} = C[${i}].check`), ...compiled.programs.map((_, p) => `a${p} = A[${p}].fen`)];
	const body = `${bind.length ? `const ${bind.join(", ")};\n` : ""}return function statuses(facts, asOf, into) {\n  ${[...facts, ...lines].join("\n  ")}\n};`;
	let make;
	try {
		make = new Function("C", "A", body);
	} catch {
		return statusesLoop(compiled);
	}
	return make(compiled.checks, compiled.programs.map((p) => p.fenCheck));
}
/** The same as statusesWriter, as a loop over the conditions and programs: where code cannot be generated. */
function statusesLoop({ tests, programs }) {
	const outcomes = new Uint8Array(tests.length);
	return (facts, asOf, into) => {
		for (let i = 0; i < tests.length; i++) outcomes[i] = tests[i](facts, asOf);
		for (let p = 0; p < programs.length; p++) {
			const program = programs[p];
			let notMet = false;
			let unknown = false;
			let pending = false;
			for (const i of program.conditions) {
				const o = outcomes[i];
				if (o === 1) notMet = true;
				else if (o === 2) unknown = true;
				else if (o === 3) pending = true;
			}
			const r = into[p];
			const fen = notMet ? 0 : program.fen(facts);
			r.status = decide(notMet, unknown, pending, fen);
			r.amount = r.status === "ineligible" ? 0 : r.status === "undetermined" ? null : fen;
		}
	};
}
// dist/engine/audit.js
/**
* Audit: what was claimed (or paid) against what the rules give. For every result where the
* record has a `claimed_<program>` value, and every result that gives money nobody claimed:
* the claimed and computed amounts, their difference, and a verdict. Amounts are exact fen:
* a one-fen difference is a difference.
*/
const VERDICTS = [
	"match",
	"over",
	"under",
	"unclaimed",
	"unverifiable"
];
/** The claimed amount of a program, from its field or an extra column; undefined when absent, null when unreadable. */
function claimedOf(facts, program) {
	const raw = facts[`claimed_${program}`];
	if (raw === void 0) return void 0;
	if (typeof raw === "number") return raw;
	const fen = parseMoney(raw);
	return isInvalid(fen) ? null : fen;
}
function auditItems(facts, results) {
	const items = [];
	for (const r of results) {
		const claimed = claimedOf(facts, r.program);
		const computed = r.status === "undetermined" ? null : r.status === "eligible" ? r.amount : 0;
		if (claimed === void 0 && !(computed !== null && computed > 0)) continue;
		const c = claimed ?? null;
		let verdict;
		if (computed === null || claimed === null) verdict = "unverifiable";
		else if (c === null) verdict = "unclaimed";
		else verdict = c === computed ? "match" : c > computed ? "over" : "under";
		const item = {
			program: r.program,
			kind: r.kind,
			status: r.status,
			claimed: c,
			computed,
			difference: computed === null || claimed === null ? null : (c ?? 0) - computed,
			verdict
		};
		if (r.eligible_on) item.eligible_on = r.eligible_on;
		if (r.duplicate_of) item.duplicate_of = r.duplicate_of;
		items.push(item);
	}
	return items;
}
const zero = () => ({
	count: 0,
	claimed: 0,
	computed: 0,
	difference: 0,
	loans: {
		claimed: 0,
		computed: 0,
		difference: 0
	}
});
const byVerdict = () => Object.fromEntries(VERDICTS.map((v) => [v, zero()]));
function emptyAudit() {
	return {
		items: 0,
		by_verdict: byVerdict(),
		by_program: {},
		by_case: {}
	};
}
function addTo(t, item, sign) {
	t.count += sign;
	const sums = item.kind === "loan" ? t.loans : t;
	sums.claimed += sign * (item.claimed ?? 0);
	sums.computed += sign * (item.computed ?? 0);
	sums.difference += sign * (item.difference ?? 0);
}
/** Adds a record's items to the audit summary (sign -1 takes them back). */
function addAudit(a, caseId, items, sign = 1) {
	for (const item of items) {
		a.items += sign;
		addTo(a.by_verdict[item.verdict], item, sign);
		addTo((a.by_program[item.program] ??= byVerdict())[item.verdict], item, sign);
		const c = a.by_case[caseId ?? ""] ??= {
			...zero(),
			over: 0,
			under: 0,
			unverifiable: 0
		};
		if (item.verdict === "unverifiable") {
			c.count += sign;
			c.unverifiable += sign;
		} else addTo(c, item, sign);
		if (item.verdict === "over") c.over += sign;
		if (item.verdict === "under") c.under += sign;
	}
}
function mergeAudit(a, b) {
	const sum = (x, y) => {
		x.claimed += y.claimed;
		x.computed += y.computed;
		x.difference += y.difference;
	};
	const merge = (x, y) => {
		x.count += y.count;
		sum(x, y);
		sum(x.loans, y.loans);
	};
	a.items += b.items;
	for (const v of VERDICTS) merge(a.by_verdict[v], b.by_verdict[v]);
	for (const [p, verdicts] of Object.entries(b.by_program)) {
		const mine = a.by_program[p] ??= byVerdict();
		for (const v of VERDICTS) merge(mine[v], verdicts[v]);
	}
	for (const [id, t] of Object.entries(b.by_case)) {
		const mine = a.by_case[id] ??= {
			...zero(),
			over: 0,
			under: 0,
			unverifiable: 0
		};
		merge(mine, t);
		mine.over += t.over;
		mine.under += t.under;
		mine.unverifiable += t.unverifiable;
	}
}
// dist/engine/types.js
const STATUSES = [
	"eligible",
	"pending",
	"undetermined",
	"ineligible"
];
// dist/engine/summary.js
const zeroStatuses = () => Object.fromEntries(STATUSES.map((s) => [s, 0]));
/** A status's place in STATUSES (by identity: the status strings are the same constants). */
function statusIndex(status) {
	return status === "eligible" ? 0 : status === "pending" ? 1 : status === "undetermined" ? 2 : 3;
}
if (STATUSES.some((s, i) => statusIndex(s) !== i)) throw new Error("statusIndex does not follow the order of STATUSES");
/** Where the results of a record type (in the order of its programs) are counted: for addPlaced. */
function placesOf(pack, type) {
	return pack.byType[type].map((p) => pack.programs.indexOf(p));
}
var SummaryBuilder = class {
	summary;
	files = /* @__PURE__ */ new Map();
	last;
	/** The programs, in the pack's order, and each one's place by id and by record type. */
	programs;
	index;
	/** Result counts by program (in the pack's order) and status (in STATUSES' order)… */
	counts;
	/** …and the sum of the eligible amounts by program, in fen. */
	eligible;
	constructor(pack, audit = false) {
		this.programs = pack.programs.map((p) => ({
			id: p.id,
			loan: p.spec.kind === "loan"
		}));
		this.index = new Map(pack.programs.map((p, i) => [p.id, i]));
		this.counts = new Float64Array(this.programs.length * STATUSES.length);
		this.eligible = new Float64Array(this.programs.length);
		this.summary = {
			records: 0,
			evaluated: 0,
			invalid: 0,
			grants: {
				total: 0,
				by_program: {}
			},
			loans: {
				total: 0,
				by_program: {}
			},
			by_status: zeroStatuses(),
			duplicates: 0,
			by_program: {},
			files: [],
			...audit ? { audit: emptyAudit() } : {}
		};
	}
	/** Adds a record's audit items (sign -1 takes them back). */
	addAudit(caseId, items, sign = 1) {
		if (this.summary.audit) addAudit(this.summary.audit, caseId, items, sign);
	}
	file(name) {
		if (this.last?.file === name) return this.last;
		let counts = this.files.get(name);
		if (!counts) {
			counts = {
				file: name,
				records: 0,
				evaluated: 0,
				invalid: 0
			};
			this.files.set(name, counts);
			this.summary.files.push(counts);
		}
		return this.last = counts;
	}
	/** Registers a file so that it appears in the summary even if it holds no records. */
	addFile(name) {
		this.file(name);
	}
	/** Counts a record and adds its results (null: the record is invalid). */
	add(file, results) {
		if (this.count(file, results === null)) this.addResults(results);
	}
	/**
	* The same as add for a valid record whose results are in the order of its type's programs
	* (as the engine gives them), `places` being placesOf its type: no program is looked up by name.
	*/
	addPlaced(file, places, results) {
		this.count(file, false);
		for (let i = 0; i < results.length; i++) this.addResult(places[i], results[i], 1);
	}
	/** Counts a record in its file; true when it was evaluated. */
	count(file, invalid) {
		const s = this.summary;
		const f = this.file(file);
		s.records++;
		f.records++;
		if (invalid) {
			s.invalid++;
			f.invalid++;
			return false;
		}
		s.evaluated++;
		f.evaluated++;
		return true;
	}
	/** Adds (sign 1) or takes back (sign -1) a record's results, leaving the record counts as they are. */
	addResults(results, sign = 1) {
		for (const r of results) {
			const place = this.index.get(r.program);
			if (place !== void 0) this.addResult(place, r, sign);
		}
	}
	addResult(place, r, sign) {
		this.counts[place * STATUSES.length + statusIndex(r.status)] += sign;
		if (r.duplicate_of) this.summary.duplicates += sign;
		if (r.status === "eligible" && r.amount !== null) this.eligible[place] += sign * r.amount;
	}
	/** Adds the counts and totals of another summary (of another part of the same run). */
	merge(other) {
		const s = this.summary;
		s.records += other.records;
		s.evaluated += other.evaluated;
		s.invalid += other.invalid;
		s.duplicates += other.duplicates;
		if (s.audit && other.audit) mergeAudit(s.audit, other.audit);
		for (const [id, counts] of Object.entries(other.by_program)) {
			const place = this.index.get(id);
			if (place === void 0) continue;
			for (let k = 0; k < STATUSES.length; k++) this.counts[place * STATUSES.length + k] += counts[STATUSES[k]];
			this.eligible[place] += (other.grants.by_program[id] ?? 0) + (other.loans.by_program[id] ?? 0);
		}
		for (const f of other.files) {
			const mine = this.file(f.file);
			mine.records += f.records;
			mine.evaluated += f.evaluated;
			mine.invalid += f.invalid;
		}
	}
	/** The summary so far. */
	result() {
		const s = this.summary;
		const grants = {};
		const loans = {};
		s.by_status = zeroStatuses();
		s.by_program = {};
		this.programs.forEach((p, place) => {
			const counts = zeroStatuses();
			STATUSES.forEach((st, k) => {
				counts[st] = this.counts[place * STATUSES.length + k];
				s.by_status[st] += counts[st];
			});
			s.by_program[p.id] = counts;
			(p.loan ? loans : grants)[p.id] = this.eligible[place];
		});
		const total = (amounts) => Object.values(amounts).reduce((a, b) => a + b, 0);
		s.grants = {
			total: total(grants),
			by_program: grants
		};
		s.loans = {
			total: total(loans),
			by_program: loans
		};
		return s;
	}
};
// dist/io/csv/encoding.js
/**
* Text encodings of CSV files: UTF-8 (with or without BOM), and GB18030 — of which GBK is a
* subset — as Excel saves CSV on a Chinese Windows.
*/
const LABEL = {
	utf8: "utf-8",
	gb18030: "gb18030"
};
function decodes(bytes, encoding) {
	try {
		new TextDecoder(LABEL[encoding], { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
/** The offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes) {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		const n = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
		if (n === -1) return i;
		for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return i;
		i += n + 1;
	}
	return -1;
}
/**
* The offset of the first line that does not decode, or 0. A line break never occurs inside a
* GB18030 character (its second and later bytes are never 0x0A), so lines decode on their own.
*/
function firstUndecodableLine(bytes, decoder) {
	for (let start = 0; start < bytes.length;) {
		let end = bytes.indexOf(10, start);
		if (end === -1) end = bytes.length;
		try {
			decoder.decode(bytes.subarray(start, end));
		} catch {
			return start;
		}
		start = end + 1;
	}
	return 0;
}
/** A decoder for whole batches; throws InputError naming the line of the first bad byte. */
function batchDecoder(encoding, file) {
	const decoder = new TextDecoder(LABEL[encoding], { fatal: true });
	return (bytes, firstLine) => {
		try {
			return decoder.decode(bytes);
		} catch {
			const at = encoding === "utf8" ? Math.max(0, firstInvalidUtf8(bytes)) : firstUndecodableLine(bytes, decoder);
			let line = firstLine;
			for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
			throw new InputError(encoding === "utf8" ? `${file}:${line}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030` : `${file}:${line}: not valid GB18030/GBK; if the file is UTF-8, use --encoding utf8`);
		}
	};
}
// dist/io/csv/header.js
/**
* A CSV file's header: which column holds which field, for each record type. Headers match
* the field names or their Chinese aliases; unknown columns are kept and passed through.
*/
function distance(a, b) {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cur = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = cur;
		}
	}
	return row[b.length];
}
/** The header most like one of the field's names, among those that hold no field. */
function closestHeader(layout, type, field) {
	const spec = FIELDS[type].find((s) => s.name === field);
	const names = [spec.name, ...spec.zh].map(normalizeHeader);
	let best;
	layout.headers.forEach((header, i) => {
		if (layout.columns[type][i] !== void 0 || i === layout.typeColumn) return;
		const h = normalizeHeader(header);
		for (const name of names) {
			const d = distance(h, name);
			if (d <= Math.max(2, Math.floor(name.length / 3)) && (!best || d < best.d)) best = {
				header,
				d
			};
		}
	});
	return best?.header;
}
/** The error for a record type whose required column the file lacks (`field` names the column). */
function missingColumnError(layout, type) {
	const missing = FIELDS[type].filter((s) => s.required && !layout.columns[type].includes(s.name));
	if (!missing.length) return void 0;
	const spec = missing[0];
	const near = closestHeader(layout, type, spec.name);
	return Object.assign(new InputError(`${layout.file}:1: ${type} records need the ${spec.name} column (header ${spec.name} or ${spec.zh.join("/")})` + (near ? `; the closest header is "${near}": rename it` : "; add the column")), { field: spec.name });
}
// dist/io/csv/parse.js
/**
* CSV bytes (UTF-8) → rows, for bytes that hold whole records (the splitter cuts input only
* between records). RFC 4180 quoting: a quoted field may hold commas, quotes written "", and
* line breaks. LF or CRLF line ends. Blank lines, and rows of empty cells, are skipped but
* counted: every row keeps the physical line it starts on.
*
* Rows are handed over as byte ranges, not strings: a batch decodes only the cells it needs,
* and CSV output passes a row's bytes through as they were.
*/
var CsvSyntaxError = class extends InputError {
	file;
	line;
	constructor(file, line, what) {
		super(`${file}:${line}: ${what}`);
		this.file = file;
		this.line = line;
	}
};
const QUOTE$1 = 34;
const COMMA$1 = 44;
const LF$1 = 10;
const CR$1 = 13;
const SPACE = 32;
const TAB = 9;
/** A cell of a row as text. */
function cellText(buf, row, i) {
	if (row.decoded) return row.decoded[i] ?? "";
	if (i >= row.count) return "";
	const s = row.starts[i];
	const e = row.ends[i];
	return s === e ? "" : buf.toString("utf8", s, e);
}
/** All cells of a row as text. */
function rowCells(buf, row) {
	if (row.decoded) return row.decoded;
	const cells = new Array(row.count);
	for (let i = 0; i < row.count; i++) cells[i] = cellText(buf, row, i);
	return cells;
}
/**
* Parses `buf`, whose first byte is on line `firstLine`. Throws CsvSyntaxError, with the line
* where the quote opened, for a quoted field that is never closed.
*/
function parseCsvBytes(bytes, firstLine, file, onRow) {
	const end = bytes.length;
	const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let starts = /* @__PURE__ */ new Int32Array(256);
	let ends = /* @__PURE__ */ new Int32Array(256);
	const row = {
		line: firstLine,
		start: 0,
		end: 0,
		count: 0,
		starts,
		ends,
		decoded: null
	};
	let pos = 0;
	let line = firstLine;
	let quote = bytes.indexOf(QUOTE$1);
	while (pos < end) {
		if (quote !== -1 && quote < pos) quote = bytes.indexOf(QUOTE$1, pos);
		const stop = quote === -1 ? end : quote;
		let count = 0;
		let cellStart = pos;
		let nl = pos;
		for (; nl < stop; nl++) {
			while (nl + 4 <= stop) {
				const w = words.getUint32(nl, true);
				if (w - 757935405 & ~w & 2155905152) break;
				nl += 4;
			}
			if (nl === stop) break;
			const b = bytes[nl];
			if (b > COMMA$1) continue;
			if (b === COMMA$1) {
				starts[count] = cellStart;
				ends[count] = nl;
				count++;
				cellStart = nl + 1;
			} else if (b === LF$1) break;
		}
		if (count >= starts.length) {
			starts = row.starts = new Int32Array(count * 2 + 2);
			ends = row.ends = new Int32Array(count * 2 + 2);
			continue;
		}
		if (nl !== stop || stop === end) {
			const lineEnd = nl > pos && bytes[nl - 1] === CR$1 ? nl - 1 : nl;
			starts[count] = cellStart;
			ends[count] = lineEnd;
			count++;
			let blank = true;
			for (let i = pos; blank && i < lineEnd; i++) {
				const b = bytes[i];
				if (b !== COMMA$1 && b !== SPACE && b !== TAB && b !== CR$1) blank = false;
			}
			if (!blank) {
				row.count = count;
				row.line = line;
				row.start = pos;
				row.end = lineEnd;
				row.decoded = null;
				onRow(row);
			}
			if (nl < end) line++;
			pos = nl + 1;
			continue;
		}
		const record = quotedRecord(bytes, pos, line, file);
		if (record.anything) {
			row.line = line;
			row.start = pos;
			row.end = record.textEnd;
			row.count = record.cells.length;
			row.decoded = record.cells;
			onRow(row);
		}
		pos = record.next;
		line = record.nextLine;
	}
}
/** Reads one record that may hold quoted fields (with commas, quotes written "", and line breaks). */
function quotedRecord(bytes, pos, line, file) {
	const end = bytes.length;
	const cells = [];
	let anything = false;
	for (;;) {
		let value;
		if (bytes[pos] === QUOTE$1) {
			const opened = line;
			value = "";
			let from = pos + 1;
			for (;;) {
				const close = bytes.indexOf(QUOTE$1, from);
				if (close === -1) throw new CsvSyntaxError(file, opened, "a quoted field is never closed (an unmatched \"); close the quote or remove it");
				for (let i = bytes.indexOf(LF$1, from); i !== -1 && i < close; i = bytes.indexOf(LF$1, i + 1)) line++;
				value += bytes.toString("utf8", from, close);
				if (bytes[close + 1] === QUOTE$1) {
					value += "\"";
					from = close + 2;
				} else {
					pos = close + 1;
					break;
				}
			}
			const stop = fieldEnd(bytes, pos);
			if (stop > pos) value += bytes.toString("utf8", pos, stop);
			pos = stop;
			anything = true;
		} else {
			const stop = fieldEnd(bytes, pos);
			value = stop > pos ? bytes.toString("utf8", pos, stop) : "";
			if (value.trim() !== "") anything = true;
			pos = stop;
		}
		cells.push(value);
		if (pos < end && bytes[pos] === COMMA$1) {
			pos++;
			continue;
		}
		const textEnd = pos;
		if (pos < end) {
			pos += bytes[pos] === CR$1 ? 2 : 1;
			line++;
		}
		return {
			cells,
			anything,
			textEnd,
			next: pos,
			nextLine: line
		};
	}
}
/** Where an unquoted field (or the rest of a quoted one) that starts at `pos` ends: a comma, a line end, or the end. */
function fieldEnd(bytes, pos) {
	const end = bytes.length;
	while (pos < end) {
		const c = bytes[pos];
		if (c === COMMA$1 || c === LF$1 || c === CR$1 && bytes[pos + 1] === LF$1) return pos;
		pos++;
	}
	return pos;
}
// dist/io/mask.js
/** Masks an identification number, keeping the first 6 and last 4 characters: 500115********1234. */
function maskId(id) {
	if (id.length <= 10) return "*".repeat(Math.max(0, id.length - 4)) + id.slice(-4);
	return id.slice(0, 6) + "*".repeat(id.length - 10) + id.slice(-4);
}
/** The fields that hold ID numbers or credit codes, in any record type. */
const IDENTITY_FIELDS = new Set(RECORD_TYPES.flatMap((t) => FIELDS[t].filter((f) => f.kind === "resident_id" || f.kind === "credit_code").map((f) => f.name)));
/** A record's values as written, with its ID numbers and credit codes masked. */
function maskRecord(raw) {
	const out = {};
	for (const [key, value] of Object.entries(raw)) out[key] = IDENTITY_FIELDS.has(key) && typeof value === "string" && value.trim() ? maskId(value.trim()) : value;
	return out;
}
/** Record errors, with the values of ID numbers and credit codes masked. */
function maskErrors(errors) {
	return errors.map((e) => IDENTITY_FIELDS.has(e.field) && typeof e.value === "string" && e.value.trim() ? {
		...e,
		value: maskId(e.value.trim())
	} : e);
}
// dist/io/formats/csv.js
const NEEDS_QUOTES = /[",\r\n]/;
function risky(value) {
	if (value.length === 0) return false;
	const c = value.charCodeAt(0);
	return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}
/** One cell, escaped against formula injection and quoted where needed. */
function csvCell(value) {
	const v = risky(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, "\"\"")}"` : v;
}
function csvLine(cells) {
	let out = "";
	for (let i = 0; i < cells.length; i++) out += (i ? "," : "") + csvCell(cells[i]);
	return `${out}\n`;
}
const ZH_FIELD = /* @__PURE__ */ new Map();
for (const t of RECORD_TYPES) for (const f of FIELDS[t]) ZH_FIELD.set(f.name, f.zh);
ZH_FIELD.set(TYPE_FIELD.name, TYPE_FIELD.zh);
/** Chinese headers for the input columns: each field's first Chinese name not already taken. */
function chineseHeaders(columns) {
	const used = /* @__PURE__ */ new Set();
	return columns.headers.map((h, i) => {
		const name = (ZH_FIELD.get(columns.keys[i]) ?? []).find((n) => !used.has(n)) ?? h;
		used.add(name);
		return name;
	});
}
const WORDS$2 = {
	status: {
		zh: "结果",
		en: "status"
	},
	amount: {
		zh: "金额",
		en: "amount"
	},
	grants: {
		zh: "补贴合计",
		en: "grants_total"
	},
	loans: {
		zh: "贷款合计",
		en: "loans_total"
	},
	errors: {
		zh: "错误",
		en: "errors"
	}
};
function text(value) {
	if (value === void 0 || value === null) return "";
	if (Array.isArray(value)) return value.join(";");
	return typeof value === "string" ? value : String(value);
}
function csvRowParts(o, pack) {
	const columns = o.csv;
	const programs = columns.programs.map((id) => pack.programs.find((p) => p.id === id));
	const slotsByType = new Map(RECORD_TYPES.map((t) => [t, programs.map((p) => pack.byType[t].indexOf(p))]));
	const width = columns.headers.length;
	const masked = columns.keys.map((k) => o.mask && IDENTITY_FIELDS.has(k));
	const cell = (i, value) => csvCell(masked[i] && value.trim() ? maskId(value.trim()) : value);
	const empty = ",".repeat(programs.length * 2 + 3);
	return {
		width,
		input(rec) {
			let out = "";
			for (let i = 0; i < width; i++) out += (i ? "," : "") + cell(i, text(columns.keys[i] === "type" ? rec.type : rec.raw[columns.keys[i]]));
			return out;
		},
		cells(cells, map) {
			let out = "";
			for (let i = 0; i < width; i++) out += (i ? "," : "") + cell(i, (map === null ? cells[i] : cells[map[i]]) ?? "");
			return out;
		},
		suffix(rec) {
			if (!rec.results) {
				const errors = rec.errors.map((e) => `${e.field}: ${e.message}`).join("; ");
				return `${empty}${csvCell(errors)}\n`;
			}
			return this.results(rec.type, rec.results);
		},
		results(type, results) {
			let grants = 0;
			let loans = 0;
			for (const r of results) if (r.status === "eligible" && r.amount !== null) {
				if (r.kind === "loan") loans += r.amount;
				else grants += r.amount;
			}
			const slots = slotsByType.get(type);
			let out = "";
			for (let i = 0; i < programs.length; i++) {
				const r = slots[i] >= 0 ? results[slots[i]] : void 0;
				out += r ? `,${r.status},${r.amount === null ? "" : formatFen(r.amount)}` : ",,";
			}
			return `${out},${formatFen(grants)},${formatFen(loans)},\n`;
		},
		slotsOf: (type) => slotsByType.get(type),
		resultsInto(out, slots, results) {
			out.reserve(programs.length * 24 + 48);
			let grants = 0;
			let loans = 0;
			for (let i = 0; i < programs.length; i++) {
				const slot = slots[i];
				const r = slot >= 0 ? results[slot] : void 0;
				out.char(44);
				if (r) {
					out.chars(r.status);
					out.char(44);
					if (r.amount !== null) out.fen(r.amount);
					if (r.status === "eligible" && r.amount !== null) {
						if (r.kind === "loan") loans += r.amount;
						else grants += r.amount;
					}
				} else out.char(44);
			}
			out.char(44);
			out.fen(grants);
			out.char(44);
			out.fen(loans);
			out.char(44);
			out.char(10);
		}
	};
}
function csvFormat(o, pack) {
	const columns = o.csv;
	const zh = o.lang === "zh";
	const programs = columns.programs.map((id) => pack.programs.find((p) => p.id === id));
	const parts = csvRowParts(o, pack);
	return {
		head() {
			const headers = [
				...zh ? chineseHeaders(columns) : columns.headers,
				...programs.flatMap((p) => zh ? [`${p.spec.name.zh}_${WORDS$2.status.zh}`, `${p.spec.name.zh}_${WORDS$2.amount.zh}`] : [`${p.id}_status`, `${p.id}_amount`]),
				WORDS$2.grants[o.lang],
				WORDS$2.loans[o.lang],
				WORDS$2.errors[o.lang]
			];
			return `${o.bom ? "﻿" : ""}${csvLine(headers)}`;
		},
		record(rec) {
			return parts.input(rec) + parts.suffix(rec);
		},
		tail() {
			return "";
		}
	};
}
// node_modules/chalk/source/vendor/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;
const wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles$1 = {
	modifier: {
		reset: [0, 0],
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29]
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],
		blackBright: [90, 39],
		gray: [90, 39],
		grey: [90, 39],
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39]
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],
		bgBlackBright: [100, 49],
		bgGray: [100, 49],
		bgGrey: [100, 49],
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49]
	}
};
Object.keys(styles$1.modifier);
const foregroundColorNames = Object.keys(styles$1.color);
const backgroundColorNames = Object.keys(styles$1.bgColor);
[...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$1)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$1[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$1[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$1, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$1, "codes", {
		value: codes,
		enumerable: false
	});
	styles$1.color.close = "\x1B[39m";
	styles$1.bgColor.close = "\x1B[49m";
	styles$1.color.ansi = wrapAnsi16();
	styles$1.color.ansi256 = wrapAnsi256();
	styles$1.color.ansi16m = wrapAnsi16m();
	styles$1.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles$1, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$1.rgbToAnsi256(...styles$1.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$1.ansi256ToAnsi(styles$1.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$1.ansi256ToAnsi(styles$1.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$1;
}
const ansiStyles = assembleStyles();
// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
const { env } = process;
let flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) flagForceColor = 0;
else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) flagForceColor = 1;
function envForceColor() {
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") return 1;
		if (env.FORCE_COLOR === "false") return 0;
		return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
	}
}
function translateLevel(level) {
	if (level === 0) return false;
	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
	const noFlagForceColor = envForceColor();
	if (noFlagForceColor !== void 0) flagForceColor = noFlagForceColor;
	const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
	if (forceColor === 0) return 0;
	if (sniffFlags) {
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
	}
	if ("TF_BUILD" in env && "AGENT_NAME" in env) return 1;
	if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
	const min = forceColor || 0;
	if (env.TERM === "dumb") return min;
	if (process.platform === "win32") {
		const osRelease = os.release().split(".");
		if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
		return 1;
	}
	if ("CI" in env) {
		if ([
			"GITHUB_ACTIONS",
			"GITEA_ACTIONS",
			"CIRCLECI"
		].some((key) => key in env)) return 3;
		if ([
			"TRAVIS",
			"APPVEYOR",
			"GITLAB_CI",
			"BUILDKITE",
			"DRONE"
		].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
		return min;
	}
	if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	if (env.COLORTERM === "truecolor") return 3;
	if (env.TERM === "xterm-kitty") return 3;
	if (env.TERM === "xterm-ghostty") return 3;
	if (env.TERM === "wezterm") return 3;
	if ("TERM_PROGRAM" in env) {
		const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
		switch (env.TERM_PROGRAM) {
			case "iTerm.app": return version >= 3 ? 3 : 2;
			case "Apple_Terminal": return 2;
		}
	}
	if (/-256(color)?$/i.test(env.TERM)) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
	if ("COLORTERM" in env) return 1;
	return min;
}
function createSupportsColor(stream, options = {}) {
	return translateLevel(_supportsColor(stream, {
		streamIsTTY: stream && stream.isTTY,
		...options
	}));
}
const supportsColor = {
	stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
	stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
	let index = string.indexOf(substring);
	if (index === -1) return string;
	const substringLength = substring.length;
	let endIndex = 0;
	let returnValue = "";
	do {
		returnValue += string.slice(endIndex, index) + substring + replacer;
		endIndex = index + substringLength;
		index = string.indexOf(substring, endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
	let endIndex = 0;
	let returnValue = "";
	do {
		const gotCR = string[index - 1] === "\r";
		returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
		endIndex = index + 1;
		index = string.indexOf("\n", endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
// node_modules/chalk/source/index.js
const { stdout: stdoutColor, stderr: stderrColor } = supportsColor;
const GENERATOR = Symbol("GENERATOR");
const STYLER = Symbol("STYLER");
const IS_EMPTY = Symbol("IS_EMPTY");
const levelMapping = [
	"ansi",
	"ansi",
	"ansi256",
	"ansi16m"
];
const styles = Object.create(null);
const applyOptions = (object, options = {}) => {
	if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) throw new Error("The `level` option should be an integer from 0 to 3");
	const colorLevel = stdoutColor ? stdoutColor.level : 0;
	object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
	constructor(options) {
		return chalkFactory(options);
	}
};
const chalkFactory = (options) => {
	const chalk = (...strings) => strings.join(" ");
	applyOptions(chalk, options);
	Object.setPrototypeOf(chalk, createChalk.prototype);
	return chalk;
};
function createChalk(options) {
	return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansiStyles)) styles[styleName] = { get() {
	const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
	Object.defineProperty(this, styleName, { value: builder });
	return builder;
} };
styles.visible = { get() {
	const builder = createBuilder(this, this[STYLER], true);
	Object.defineProperty(this, "visible", { value: builder });
	return builder;
} };
const getModelAnsi = (model, level, type, ...arguments_) => {
	if (model === "rgb") {
		if (level === "ansi16m") return ansiStyles[type].ansi16m(...arguments_);
		if (level === "ansi256") return ansiStyles[type].ansi256(ansiStyles.rgbToAnsi256(...arguments_));
		return ansiStyles[type].ansi(ansiStyles.rgbToAnsi(...arguments_));
	}
	if (model === "hex") return getModelAnsi("rgb", level, type, ...ansiStyles.hexToRgb(...arguments_));
	return ansiStyles[type][model](...arguments_);
};
for (const model of [
	"rgb",
	"hex",
	"ansi256"
]) {
	styles[model] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansiStyles.color.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
	const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
	styles[bgModel] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansiStyles.bgColor.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
}
const proto = Object.defineProperties(() => {}, {
	...styles,
	level: {
		enumerable: true,
		get() {
			return this[GENERATOR].level;
		},
		set(level) {
			this[GENERATOR].level = level;
		}
	}
});
const createStyler = (open, close, parent) => {
	let openAll;
	let closeAll;
	if (parent === void 0) {
		openAll = open;
		closeAll = close;
	} else {
		openAll = parent.openAll + open;
		closeAll = close + parent.closeAll;
	}
	return {
		open,
		close,
		openAll,
		closeAll,
		parent
	};
};
const createBuilder = (self, _styler, _isEmpty) => {
	const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
	Object.setPrototypeOf(builder, proto);
	builder[GENERATOR] = self;
	builder[STYLER] = _styler;
	builder[IS_EMPTY] = _isEmpty;
	return builder;
};
const applyStyle = (self, string) => {
	if (self.level <= 0 || !string) return self[IS_EMPTY] ? "" : string;
	let styler = self[STYLER];
	if (styler === void 0) return string;
	const { openAll, closeAll } = styler;
	if (string.includes("\x1B")) while (styler !== void 0) {
		string = stringReplaceAll(string, styler.close, styler.open);
		styler = styler.parent;
	}
	const lfIndex = string.indexOf("\n");
	if (lfIndex !== -1) string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
	return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles);
createChalk();
createChalk({ level: stderrColor ? stderrColor.level : 0 });
// dist/i18n/describe.js
const STATUS_WORDS = {
	eligible: {
		zh: "符合",
		en: "eligible"
	},
	ineligible: {
		zh: "不符合",
		en: "ineligible"
	},
	undetermined: {
		zh: "待定",
		en: "undetermined"
	},
	pending: {
		zh: "待满期",
		en: "pending"
	},
	invalid: {
		zh: "无效",
		en: "invalid"
	}
};
/** Yuan with thousands separators: 150000 fen... → "1,500.00". */
function formatYuan(fen) {
	const [whole, cents] = formatFen(fen).split(".");
	return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}
function fieldLabel(type, fact, lang) {
	if (lang === "en") return fact;
	const spec = FIELDS[type].find((s) => s.name === fact);
	return spec ? spec.zh[0] : fact;
}
function valueText(value, lang, fact, pack) {
	if (value === void 0 || value === null) return "—";
	if (Array.isArray(value)) return value.map((v) => valueText(v, lang, fact, pack)).join(lang === "zh" ? "、" : ", ");
	if (typeof value === "number" && fact && pack && isMoneyParamOrFact(fact, pack)) return formatYuan(value);
	const s = String(value);
	if (lang === "zh") return CATEGORY_LABELS[s]?.zh ?? GROUP_LABELS[s]?.zh ?? s;
	return s;
}
function isMoneyParamOrFact(name, pack) {
	if (pack.params.get(name)?.spec.type === "money") return true;
	return RECORD_TYPES.some((t) => fieldSpec(t, name, pack.facts[t])?.kind === "money");
}
const OP_WORDS = {
	eq: {
		zh: "等于",
		en: "="
	},
	ne: {
		zh: "不等于",
		en: "≠"
	},
	gt: {
		zh: "大于",
		en: ">"
	},
	gte: {
		zh: "不少于",
		en: "≥"
	},
	lt: {
		zh: "小于",
		en: "<"
	},
	lte: {
		zh: "不超过",
		en: "≤"
	}
};
/** One condition's outcome as a sentence with its values. */
function describeCondition(program, c, lang, pack) {
	if (c.duplicate_of) return describeDuplicate(c.duplicate_of, lang);
	if (c.condition === "in_effect") {
		const [from, to] = c.expected;
		const span = `${from ?? "…"} – ${to ?? "…"}`;
		return c.outcome === "met" ? lang === "zh" ? `评估日 ${String(c.value)} 在有效期 ${span} 内` : `in effect on ${String(c.value)} (${span})` : lang === "zh" ? `评估日 ${String(c.value)} 不在有效期 ${span} 内` : `not in effect on ${String(c.value)}: the program runs ${span}`;
	}
	const spec = program.conditionSpecs.get(c.condition);
	const type = program.recordType;
	const fact = c.fact ? fieldLabel(type, c.fact, lang) : "";
	const zh = lang === "zh";
	if (c.outcome === "unknown") return (c.missing ?? []).map((m) => describeMissing(m, lang, pack, type)).join(zh ? ";" : "; ");
	if (!spec) return c.outcome;
	const value = valueText(c.value, lang, c.fact, pack);
	const expected = valueText(c.expected, lang, c.param ?? c.fact, pack);
	const param = c.param ? zh ? `(参数 ${c.param})` : ` (${c.param})` : "";
	switch (spec.op) {
		case "present": return zh ? `${fact}:${value}` : `${fact} ${value}`;
		case "any_in":
		case "none_in": {
			const inside = c.outcome === "met" === (spec.op === "any_in");
			return zh ? `${fact} ${value} ${inside ? "属于" : "不属于"} ${expected}${param}` : `${fact} ${value} is ${inside ? "" : "not "}in [${expected}]${param}`;
		}
		case "retained": {
			const end = c.end ?? (zh ? "仍在职" : "still employed");
			if (c.outcome === "met") return zh ? `稳岗满${c.months}个月:${c.start} 至 ${end},${c.reached_on} 满期` : `retained ${c.months} months: employed ${c.start} to ${end}, reached on ${c.reached_on}`;
			if (c.outcome === "pending") return zh ? `仍在职,${c.reached_on} 满${c.months}个月(自 ${c.start} 起)` : `still employed; ${c.months} months are reached on ${c.reached_on} (from ${c.start})`;
			return zh ? `稳岗不足${c.months}个月:${c.start} 至 ${end},须在职至 ${c.reached_on}` : `retained less than ${c.months} months: employed ${c.start} to ${end}, needed through ${c.reached_on}`;
		}
		default: {
			const op = OP_WORDS[spec.op][lang];
			const ok = c.outcome === "met";
			return zh ? `${fact} ${value} ${ok ? "" : "不"}${op} ${expected}${param}` : `${fact} ${value} ${ok ? "" : "not "}${op} ${expected}${param}`;
		}
	}
}
/** A claim that came after the first of the same person and program. */
function describeDuplicate(first, lang) {
	const where = `${first.file}${first.line ? `:${first.line}` : ""}`;
	const caseText = first.case_id ? lang === "zh" ? `,案件 ${first.case_id}` : `, case ${first.case_id}` : "";
	return lang === "zh" ? `重复申领:该人员已在 ${where}${caseText} 申领,同一项目每人只补贴一次` : `duplicate: already claimed for this person at ${where}${caseText}; paid once per person`;
}
/** What is missing and how to supply it. */
function describeMissing(name, lang, pack, type, brief = false) {
	const param = pack.params.get(name);
	if (param) {
		const note = param.spec.note && !brief ? lang === "zh" ? `(${param.spec.note.zh})` : ` (${param.spec.note.en})` : "";
		return lang === "zh" ? `参数 ${name} 未设定${note};用 --param ${name}=值 设定` : `parameter ${name} is not set${note}; set it with --param ${name}=VALUE`;
	}
	const label = fieldLabel(type, name, lang);
	return lang === "zh" ? `缺少${label}(${name})` : `${name} is missing`;
}
/** How the amount was reached: a parameter, or a fact under its cap. */
function describeAmount(program, a, lang, pack) {
	const zh = lang === "zh";
	const type = program.recordType;
	if (a.fen === null) return (a.missing ?? []).map((m) => describeMissing(m, lang, pack, type)).join("; ");
	if (a.fact !== void 0 && a.requested !== void 0) {
		const fact = fieldLabel(type, a.fact, lang);
		if (a.cap === void 0) return `${fact} ${formatYuan(a.requested)}`;
		const rule = program.spec.amount;
		const capName = "cap" in rule && typeof rule.cap === "object" ? rule.cap.param : void 0;
		return a.capped ? zh ? `${fact} ${formatYuan(a.requested)},按上限 ${formatYuan(a.cap)} 计${capName ? `(参数 ${capName})` : ""}` : `${fact} ${formatYuan(a.requested)} capped at ${formatYuan(a.cap)}${capName ? ` (${capName})` : ""}` : zh ? `${fact} ${formatYuan(a.requested)},未超过上限 ${formatYuan(a.cap)}` : `${fact} ${formatYuan(a.requested)}, within the cap of ${formatYuan(a.cap)}`;
	}
	if (a.param) return zh ? `${formatYuan(a.fen)} 元(参数 ${a.param})` : `${formatYuan(a.fen)} yuan (${a.param})`;
	return zh ? `${formatYuan(a.fen)} 元` : `${formatYuan(a.fen)} yuan`;
}
/** The one-line reason shown in a table row. */
function shortReason(program, r, lang, pack) {
	const zh = lang === "zh";
	switch (r.status) {
		case "eligible": return describeAmount(program, r.amount_rule, lang, pack);
		case "pending": return zh ? `${r.eligible_on} 起可申领` : `claimable from ${r.eligible_on}`;
		case "undetermined": return (r.missing ?? []).map((m) => describeMissing(m, lang, pack, program.recordType, true)).join("; ");
		case "ineligible": return r.reasons.map((c) => describeCondition(program, c, lang, pack)).join("; ");
	}
}
// dist/rules/params.js
/** A parameter's value as shown to people and in JSON: yuan for money. */
function paramDisplayValue(p) {
	if (p.value === null) return null;
	if (p.spec.type === "money") return Number(formatFen(p.value));
	return p.value;
}
// dist/io/present.js
const yuan$1 = (fen) => fen === null ? null : fenToYuan(fen);
function citationOf(program, pack, lang) {
	const c = program.spec.citation;
	return {
		source: pack.spec.sources[c.source][lang],
		text: c.text,
		gloss: c.gloss
	};
}
function conditionJson(program, c, o, full) {
	const spec = program.conditionSpecs.get(c.condition);
	const out = {
		condition: c.condition,
		outcome: c.outcome,
		message: describeCondition(program, c, o.lang, o.pack)
	};
	if (!full) return out;
	if (spec) out.label = spec.label[o.lang];
	if (spec) out.op = spec.op;
	for (const key of [
		"fact",
		"value",
		"param",
		"expected",
		"start",
		"end",
		"months",
		"reached_on",
		"missing"
	]) if (c[key] !== void 0) out[key] = c[key];
	if (c.fact && typeof c.value === "number" && fieldSpec(program.recordType, c.fact, o.pack.facts[program.recordType])?.kind === "money") out.value = fenToYuan(c.value);
	if (c.param && typeof c.expected === "number" && o.pack.params.get(c.param)?.spec.type === "money") out.expected = fenToYuan(c.expected);
	return out;
}
function resultJson(program, r, o) {
	const reasons = r.reasons.map((c) => conditionJson(program, c, o, false));
	const a = r.amount_rule;
	if (r.status === "eligible" || r.status === "pending" || r.status === "undetermined" && a.fen === null) reasons.push({
		condition: "amount",
		outcome: a.fen === null ? "unknown" : "met",
		message: describeAmount(program, a, o.lang, o.pack)
	});
	const out = {
		program: r.program,
		kind: r.kind,
		status: r.status,
		amount: yuan$1(r.amount),
		reasons,
		citation: citationOf(program, o.pack, o.lang)
	};
	if (r.eligible_on) out.eligible_on = r.eligible_on;
	if (r.duplicate_of) out.duplicate_of = r.duplicate_of;
	if (r.missing) out.missing = r.missing;
	if (o.explain) out.explain = {
		conditions: r.conditions.map((c) => conditionJson(program, c, o, true)),
		amount: {
			...a.param ? { param: a.param } : {},
			...a.fact ? { fact: a.fact } : {},
			...a.requested !== void 0 ? { requested: fenToYuan(a.requested) } : {},
			...a.cap !== void 0 ? {
				cap: fenToYuan(a.cap),
				capped: a.capped ?? false
			} : {},
			amount: yuan$1(a.fen),
			...a.missing ? { missing: a.missing } : {},
			message: describeAmount(program, a, o.lang, o.pack)
		}
	};
	return out;
}
function recordJson(rec, o) {
	const programs = o.pack.byType[rec.type];
	return {
		source: rec.source,
		type: rec.writtenType ?? rec.type,
		case_id: rec.case_id,
		input: o.mask ? maskRecord(rec.raw) : rec.raw,
		results: rec.results ? rec.results.map((r, i) => resultJson(programs[i], r, o)) : [],
		errors: o.mask ? maskErrors(rec.errors) : rec.errors
	};
}
function rulesJson(pack) {
	return {
		pack: pack.name,
		version: pack.version,
		params: Object.fromEntries([...pack.params.values()].map((p) => [p.name, paramDisplayValue(p)]))
	};
}
function summaryJson(s) {
	const money = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fenToYuan(v)]));
	return {
		records: s.records,
		evaluated: s.evaluated,
		invalid: s.invalid,
		grants: {
			total: fenToYuan(s.grants.total),
			by_program: money(s.grants.by_program)
		},
		loans: {
			total: fenToYuan(s.loans.total),
			by_program: money(s.loans.by_program)
		},
		by_status: s.by_status,
		duplicates: s.duplicates,
		by_program: s.by_program,
		files: s.files
	};
}
// dist/io/formats/plain-table.js
/**
* cli-table3, loaded on the first table: worker threads and the machine formats never draw one,
* and it takes about 10 ms to load.
*/
let Table;
const tableClass = () => Table ??= createRequire(import.meta.url)("cli-table3");
/** No lines between rows: tables of many rows stay compact. */
const NO_ROW_LINES = {
	mid: "",
	"left-mid": "",
	"mid-mid": "",
	"right-mid": ""
};
/** A table with our style: no colour on borders or headings (statuses bring their own), no lines between rows. */
function plainTable(head, colWidths) {
	return new (tableClass())({
		head,
		style: {
			head: [],
			border: []
		},
		chars: NO_ROW_LINES,
		wordWrap: true,
		...colWidths ? { colWidths } : {}
	});
}
// dist/io/formats/audit.js
/**
* Audit output: one item per program result that was claimed, or that gives money nobody
* claimed — claimed, computed, difference, verdict — then totals by verdict, by program and
* by case. The same four formats as evaluate.
*/
const VERDICT_WORDS = {
	match: {
		zh: "一致",
		en: "match"
	},
	over: {
		zh: "多报",
		en: "over"
	},
	under: {
		zh: "少报",
		en: "under"
	},
	unclaimed: {
		zh: "未申领",
		en: "unclaimed"
	},
	unverifiable: {
		zh: "无法核对",
		en: "unverifiable"
	}
};
const WORDS$1 = {
	file: {
		zh: "文件",
		en: "file"
	},
	line: {
		zh: "行",
		en: "line"
	},
	case: {
		zh: "案件编号",
		en: "case_id"
	},
	type: {
		zh: "类型",
		en: "type"
	},
	person: {
		zh: "身份证号",
		en: "person_id"
	},
	program: {
		zh: "项目",
		en: "program"
	},
	status: {
		zh: "结果",
		en: "status"
	},
	claimed: {
		zh: "申领金额",
		en: "claimed"
	},
	computed: {
		zh: "核定金额",
		en: "computed"
	},
	difference: {
		zh: "差额",
		en: "difference"
	},
	verdict: {
		zh: "结论",
		en: "verdict"
	},
	duplicate: {
		zh: "重复申领",
		en: "duplicate_of"
	},
	record: {
		zh: "记录",
		en: "record"
	},
	items: {
		zh: "核对项",
		en: "items"
	},
	count: {
		zh: "项数",
		en: "count"
	},
	byVerdict: {
		zh: "按结论",
		en: "By verdict"
	},
	byProgram: {
		zh: "按项目",
		en: "By program"
	},
	byCase: {
		zh: "差额最大的案件",
		en: "Cases with the largest differences"
	},
	top: {
		zh: "前",
		en: "top"
	},
	records: {
		zh: "记录",
		en: "records"
	},
	evaluated: {
		zh: "已评估",
		en: "evaluated"
	},
	invalid: {
		zh: "无效",
		en: "invalid"
	},
	duplicates: {
		zh: "重复申领",
		en: "duplicates"
	},
	asOf: {
		zh: "评估日",
		en: "as of"
	},
	loanDifference: {
		zh: "贷款差额(不计入补贴)",
		en: "loan difference (not grants)"
	}
};
const yuan = (fen) => fen === null ? null : fenToYuan(fen);
function personOf(rec, mask) {
	const id = rec.raw[PERSON_FIELD[rec.type]];
	if (typeof id !== "string" || !id.trim()) return null;
	return mask ? maskId(id.trim()) : id.trim();
}
function itemJson(rec, item, mask) {
	return {
		source: rec.source,
		case_id: rec.case_id,
		type: rec.type,
		person_id: personOf(rec, mask),
		program: item.program,
		kind: item.kind,
		status: item.status,
		claimed: yuan(item.claimed),
		computed: yuan(item.computed),
		difference: yuan(item.difference),
		verdict: item.verdict,
		...item.eligible_on ? { eligible_on: item.eligible_on } : {},
		...item.duplicate_of ? { duplicate_of: item.duplicate_of } : {}
	};
}
function totalsJson(t) {
	const sums = (x) => ({
		claimed: fenToYuan(x.claimed),
		computed: fenToYuan(x.computed),
		difference: fenToYuan(x.difference)
	});
	return {
		count: t.count,
		...sums(t),
		loans: sums(t.loans)
	};
}
function auditSummaryJson(a) {
	return {
		items: a.items,
		by_verdict: Object.fromEntries(VERDICTS.map((v) => [v, totalsJson(a.by_verdict[v])])),
		by_program: Object.fromEntries(Object.entries(a.by_program).map(([p, vs]) => [p, Object.fromEntries(VERDICTS.map((v) => [v, totalsJson(vs[v])]))])),
		by_case: Object.fromEntries(Object.entries(a.by_case).map(([id, t]) => [id, {
			...totalsJson(t),
			over: t.over,
			under: t.under,
			unverifiable: t.unverifiable
		}]))
	};
}
function runJson(s) {
	return {
		records: s.records,
		evaluated: s.evaluated,
		invalid: s.invalid,
		duplicates: s.duplicates,
		files: s.files
	};
}
const indent$1 = (json, pad) => json.replace(/\n/g, `\n${pad}`);
function auditJsonFormat(o, pack) {
	return {
		head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent$1(JSON.stringify(rulesJson(pack), null, 2), "  ")},\n  "items": [`,
		record: (rec) => (rec.audit ?? []).map((item) => `,\n    ${indent$1(JSON.stringify(itemJson(rec, item, o.mask), null, 2), "    ")}`).join(""),
		tail: (s) => `\n  ],\n  "summary": ${indent$1(JSON.stringify({
			...auditSummaryJson(s.audit),
			...runJson(s)
		}, null, 2), "  ")}\n}\n`
	};
}
function auditNdjsonFormat(o) {
	return {
		head: () => "",
		record: (rec) => (rec.audit ?? []).map((item) => `${JSON.stringify({
			as_of: o.asOf,
			...itemJson(rec, item, o.mask)
		})}\n`).join(""),
		tail: () => ""
	};
}
function auditCsvFormat(o) {
	const w = (k) => WORDS$1[k][o.lang];
	const money = (fen) => fen === null ? "" : formatFen(fen);
	return {
		head: () => `${o.bom ? "﻿" : ""}${csvLine([
			w("file"),
			w("line"),
			w("case"),
			w("type"),
			w("person"),
			w("program"),
			w("status"),
			w("claimed"),
			w("computed"),
			w("difference"),
			w("verdict"),
			w("duplicate")
		])}`,
		record(rec) {
			let out = "";
			for (const item of rec.audit ?? []) {
				const first = item.duplicate_of ? `${item.duplicate_of.file}${item.duplicate_of.line ? `:${item.duplicate_of.line}` : ""}` : "";
				out += [
					csvCell(rec.source.file),
					String(rec.source.line ?? ""),
					csvCell(rec.case_id ?? ""),
					rec.type,
					csvCell(personOf(rec, o.mask) ?? ""),
					item.program,
					item.status,
					money(item.claimed),
					money(item.computed),
					money(item.difference),
					item.verdict,
					csvCell(first)
				].join(",");
				out += "\n";
			}
			return out;
		},
		tail: () => ""
	};
}
function verdictColor(color, v) {
	return v === "match" ? color.green : v === "over" ? color.red : v === "under" ? color.yellow : v === "unclaimed" ? color.cyan : color.dim;
}
const plain = (head) => plainTable(head);
const right = (content) => ({
	content,
	hAlign: "right"
});
const signed = (fen) => fen === null ? "—" : fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);
function auditTableFormat(o, pack) {
	const color = new Chalk({ level: o.colorLevel });
	const h = (k) => WORDS$1[k][o.lang].replace(/^[a-z]/, (c) => c.toUpperCase());
	const w = (k) => WORDS$1[k][o.lang];
	const duplicateOf = (first) => `${o.lang === "zh" ? "重复,首次申领于" : "duplicate of"} ${first.file}${first.line ? `:${first.line}` : ""}${first.case_id ? ` (${first.case_id})` : ""}`;
	const nameOf = (id) => pack.programs.find((p) => p.id === id)?.spec.name[o.lang] ?? id;
	return {
		head: () => `${color.dim(`${pack.name} v${pack.version} · ${w("asOf")} ${o.asOf}`)}\n`,
		record(rec) {
			if (o.summaryOnly || !rec.audit?.length) return "";
			const table = plain([
				h("program"),
				h("status"),
				h("claimed"),
				h("computed"),
				h("difference"),
				h("verdict")
			]);
			for (const item of rec.audit) {
				const verdict = verdictColor(color, item.verdict)(VERDICT_WORDS[item.verdict][o.lang]);
				table.push([
					nameOf(item.program),
					STATUS_WORDS[item.status][o.lang],
					right(item.claimed === null ? "—" : formatYuan(item.claimed)),
					right(item.computed === null ? "—" : formatYuan(item.computed)),
					right(signed(item.difference)),
					item.duplicate_of ? `${verdict} · ${duplicateOf(item.duplicate_of)}` : verdict
				]);
			}
			const person = [rec.raw[NAME_FIELD[rec.type]], personOf(rec, o.mask)].filter(Boolean).join(" ");
			return `\n${[
				rec.case_id,
				person,
				color.dim(`${rec.source.file}${rec.source.line ? `:${rec.source.line}` : ""}`)
			].filter(Boolean).join(" · ")}\n${table.toString()}\n`;
		},
		tail(s) {
			const a = s.audit;
			const lines = ["", color.bold(h("byVerdict"))];
			const loans = VERDICTS.some((v) => a.by_verdict[v].loans.claimed || a.by_verdict[v].loans.computed);
			const verdicts = plain([
				h("verdict"),
				h("count"),
				h("claimed"),
				h("computed"),
				h("difference"),
				...loans ? [h("loanDifference")] : []
			]);
			for (const v of VERDICTS) {
				const t = a.by_verdict[v];
				verdicts.push([
					verdictColor(color, v)(VERDICT_WORDS[v][o.lang]),
					right(String(t.count)),
					right(formatYuan(t.claimed)),
					right(formatYuan(t.computed)),
					right(signed(t.difference)),
					...loans ? [right(signed(t.loans.difference))] : []
				]);
			}
			lines.push(verdicts.toString(), "", color.bold(h("byProgram")));
			const programs = plain([
				h("program"),
				...VERDICTS.map((v) => VERDICT_WORDS[v][o.lang]),
				h("difference")
			]);
			for (const p of pack.programs) {
				const vs = a.by_program[p.id];
				if (!vs) continue;
				const diff = VERDICTS.reduce((sum, v) => sum + vs[v].difference + vs[v].loans.difference, 0);
				programs.push([
					p.spec.name[o.lang],
					...VERDICTS.map((v) => right(String(vs[v].count))),
					right(signed(diff))
				]);
			}
			lines.push(programs.toString());
			const cases = Object.entries(a.by_case).filter(([, t]) => t.difference !== 0 || t.over || t.under).sort((x, y) => Math.abs(y[1].difference) - Math.abs(x[1].difference) || x[0].localeCompare(y[0])).slice(0, 20);
			if (cases.length) {
				lines.push("", color.bold(`${h("byCase")} (${w("top")} ${cases.length})`));
				const table = plain([
					o.lang === "zh" ? w("case") : "case_id",
					h("items"),
					VERDICT_WORDS.over[o.lang],
					VERDICT_WORDS.under[o.lang],
					h("claimed"),
					h("computed"),
					h("difference")
				]);
				for (const [id, t] of cases) table.push([
					id || "—",
					right(String(t.count)),
					right(String(t.over)),
					right(String(t.under)),
					right(formatYuan(t.claimed)),
					right(formatYuan(t.computed)),
					right(signed(t.difference))
				]);
				lines.push(table.toString());
			}
			const invalid = s.invalid ? color.red(`${s.invalid} ${w("invalid")}`) : `0 ${w("invalid")}`;
			lines.push(`${h("records")}: ${s.records} · ${w("evaluated")} ${s.evaluated} · ${invalid} · ${w("duplicates")} ${s.duplicates} · ${w("items")} ${a.items} · ${w("asOf")} ${o.asOf}`);
			return `${lines.join("\n")}\n`;
		}
	};
}
// dist/io/formats/json.js
const indent = (json, pad) => json.replace(/\n/g, `\n${pad}`);
function jsonFormat(o, pack) {
	const options = {
		pack,
		lang: o.lang,
		explain: o.explain,
		mask: o.mask
	};
	return {
		head: () => `{\n  "as_of": ${JSON.stringify(o.asOf)},\n  "rules": ${indent(JSON.stringify(rulesJson(pack), null, 2), "  ")},\n  "records": [`,
		record: (rec) => `,\n    ${indent(JSON.stringify(recordJson(rec, options), null, 2), "    ")}`,
		tail: (summary) => `\n  ],\n  "summary": ${indent(JSON.stringify(summaryJson(summary), null, 2), "  ")}\n}\n`
	};
}
function ndjsonFormat(o, pack) {
	const options = {
		pack,
		lang: o.lang,
		explain: o.explain,
		mask: o.mask
	};
	return {
		head: () => "",
		record: (rec) => `${JSON.stringify({
			as_of: o.asOf,
			...recordJson(rec, options)
		})}\n`,
		tail: () => ""
	};
}
// dist/io/width.js
/** Display width of text in a terminal: East Asian wide characters take two columns; colour codes none. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;
const ANSI = /\u001b\[[0-9;]*m/g;
function displayWidth(text) {
	const plain = text.replace(ANSI, "");
	let width = 0;
	for (const ch of plain) width += ch.length === 2 ? 2 : 1;
	return width + (plain.match(WIDE)?.length ?? 0);
}
// dist/io/formats/table.js
const WORDS = {
	program: {
		zh: "项目",
		en: "Program"
	},
	status: {
		zh: "结果",
		en: "Status"
	},
	amount: {
		zh: "金额(元)",
		en: "Amount (yuan)"
	},
	reason: {
		zh: "理由",
		en: "Reason"
	},
	loan: {
		zh: "贷款",
		en: "loan"
	},
	asOf: {
		zh: "评估日",
		en: "as of"
	},
	params: {
		zh: "参数(非默认)",
		en: "parameters (not default)"
	},
	totals: {
		zh: "合计",
		en: "Totals"
	},
	grants: {
		zh: "补贴合计",
		en: "grants total"
	},
	loans: {
		zh: "贷款合计(不计入补贴)",
		en: "loans total (not part of grants)"
	},
	records: {
		zh: "记录",
		en: "records"
	},
	evaluated: {
		zh: "已评估",
		en: "evaluated"
	},
	invalid: {
		zh: "无效",
		en: "invalid"
	},
	citation: {
		zh: "依据",
		en: "citation"
	},
	byCase: {
		zh: "按案件合计",
		en: "Totals by case"
	},
	top: {
		zh: "前",
		en: "top"
	},
	case: {
		zh: "案件编号",
		en: "case_id"
	},
	invalidRows: {
		zh: "无效记录",
		en: "Invalid records"
	},
	moreInvalid: {
		zh: "条无效记录未列出;--errors 文件 可全部写出",
		en: "more invalid records; --errors FILE writes them all"
	}
};
const MARKS = {
	met: "✓",
	not_met: "✗",
	unknown: "?",
	pending: "…"
};
function statusColor(color, status) {
	switch (status) {
		case "eligible": return color.green;
		case "pending": return color.cyan;
		case "undetermined": return color.yellow;
		case "ineligible": return color.red;
		case "invalid": return color.bgRed.white;
	}
}
/** Column widths that fit the content, giving the last column what the terminal has left. */
function fitWidths(rows, columns) {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))) + 2);
	const fixed = widths.slice(0, -1).reduce((a, b) => a + b, 0) + widths.length + 1;
	if (Number.isFinite(columns)) widths[widths.length - 1] = Math.min(widths.at(-1), Math.max(30, columns - fixed));
	return widths;
}
function tableFormat(o, pack) {
	const { lang } = o;
	const color = new Chalk({ level: o.colorLevel });
	const w = (k) => WORDS[k][lang];
	function title(rec) {
		const name = rec.raw[NAME_FIELD[rec.type]];
		const id = rec.raw[PERSON_FIELD[rec.type]];
		return [
			color.bold(TYPE_NAMES[rec.type][lang]),
			rec.case_id ? color.bold(rec.case_id) : void 0,
			[name, typeof id === "string" ? o.mask ? maskId(id.trim()) : id.trim() : void 0].filter(Boolean).join(" ") || void 0,
			color.dim(`${rec.source.file}${rec.source.line ? `:${rec.source.line}` : ""}`)
		].filter(Boolean).join(" · ");
	}
	function errorLines(errors) {
		return (o.mask ? maskErrors(errors) : errors).map((e) => {
			const value = e.value === null || e.value === void 0 ? "" : ` = ${JSON.stringify(e.value)}`;
			return `  ${color.red("✗")} ${e.field}${value}: ${e.message}`;
		});
	}
	return {
		head() {
			const changed = [...pack.params.values()].filter((p) => p.source !== "pack");
			const params = changed.length ? ` · ${w("params")}: ${changed.map((p) => `${p.name}=${JSON.stringify(paramDisplayValue(p))}`).join(", ")}` : "";
			return `${color.dim(`${pack.name} v${pack.version} · ${w("asOf")} ${o.asOf}${params}`)}\n`;
		},
		record(rec) {
			if (o.summaryOnly) return "";
			const lines = ["", title(rec)];
			const out = (text) => lines.push(text);
			if (!rec.results) {
				out(`  ${statusColor(color, "invalid")(` ${STATUS_WORDS.invalid[lang]} `)}`);
				lines.push(...errorLines(rec.errors));
				return `${lines.join("\n")}\n`;
			}
			const programs = pack.byType[rec.type];
			const head = [
				w("program"),
				w("status"),
				w("amount"),
				w("reason")
			];
			const rows = rec.results.map((r, i) => {
				const program = programs[i];
				const loan = r.kind === "loan" ? ` ${color.dim(`(${w("loan")})`)}` : "";
				const amount = r.amount === null ? "—" : formatYuan(r.amount);
				return [
					program.spec.name[lang],
					statusColor(color, r.status)(STATUS_WORDS[r.status][lang]),
					`${amount}${loan}`,
					shortReason(program, r, lang, pack)
				];
			});
			const table = plainTable(head, fitWidths([head, ...rows], o.columns));
			for (const row of rows) table.push([
				row[0],
				row[1],
				{
					content: row[2],
					hAlign: "right"
				},
				row[3]
			]);
			out(table.toString());
			if (o.explain) explain(rec, out);
			return `${lines.join("\n")}\n`;
		},
		tail(s, extras) {
			const lines = [];
			const out = (text) => lines.push(text);
			if (o.summaryOnly) batchSections(s, extras, out);
			totals(s, out);
			return `${lines.join("\n")}\n`;
		}
	};
	function explain(rec, out) {
		const programs = pack.byType[rec.type];
		for (const [i, r] of rec.results.entries()) {
			const program = programs[i];
			out(`  ${color.bold(program.spec.name[lang])} (${program.id}) — ${statusColor(color, r.status)(STATUS_WORDS[r.status][lang])}`);
			for (const c of r.conditions) {
				const spec = program.conditionSpecs.get(c.condition);
				out(`    ${c.outcome === "met" ? color.green(MARKS.met) : c.outcome === "not_met" ? color.red(MARKS.not_met) : color.yellow(MARKS[c.outcome])} ${spec?.label[lang] ?? (c.condition === "in_effect" ? lang === "zh" ? "有效期" : "in effect" : c.condition)}: ${describeCondition(program, c, lang, pack)}`);
			}
			if (r.duplicate_of) out(`    ${color.red(MARKS.not_met)} ${describeCondition(program, r.reasons[0], lang, pack)}`);
			const a = r.amount_rule;
			out(`    ${a.fen === null ? color.yellow("?") : color.green("¥")} ${describeAmount(program, a, lang, pack)}`);
			const cite = program.spec.citation;
			out(color.dim(`    ${w("citation")}: ${pack.spec.sources[cite.source][lang]}`));
			out(color.dim(`      「${cite.text}」`));
			if (lang === "en") out(color.dim(`      ${cite.gloss}`));
		}
	}
	function batchSections(s, extras, out) {
		if (extras.cases.length) {
			out("");
			out(color.bold(`${w("byCase")} (${w("top")} ${extras.cases.length} / ${extras.casesCount})`));
			const table = plainTable([
				w("case"),
				w("records"),
				w("grants"),
				w("loans")
			]);
			for (const c of extras.cases) table.push([
				c.case_id,
				{
					content: String(c.records),
					hAlign: "right"
				},
				{
					content: formatYuan(c.grants),
					hAlign: "right"
				},
				{
					content: formatYuan(c.loans),
					hAlign: "right"
				}
			]);
			out(table.toString());
		}
		if (extras.invalid.length) {
			out("");
			out(color.bold(color.red(w("invalidRows"))));
			for (const r of extras.invalid) {
				out(`${r.file}${r.line ? `:${r.line}` : ""}${r.case_id ? ` · ${r.case_id}` : ""}`);
				for (const l of errorLines(r.errors)) out(l);
			}
			const more = s.invalid - extras.invalid.length;
			if (more > 0) out(color.dim(`… ${more} ${w("moreInvalid")}`));
		}
	}
	function totals(s, out) {
		out("");
		out(color.bold(w("totals")));
		const table = plainTable([
			w("program"),
			...STATUSES.map((st) => STATUS_WORDS[st][lang]),
			w("amount")
		]);
		for (const program of pack.programs) {
			const counts = s.by_program[program.id];
			if (STATUSES.every((st) => counts[st] === 0)) continue;
			const total = program.spec.kind === "loan" ? s.loans.by_program[program.id] : s.grants.by_program[program.id];
			const loan = program.spec.kind === "loan" ? ` ${color.dim(`(${w("loan")})`)}` : "";
			table.push([
				program.spec.name[lang],
				...STATUSES.map((st) => ({
					content: counts[st] ? statusColor(color, st)(String(counts[st])) : color.dim("0"),
					hAlign: "right"
				})),
				{
					content: `${formatYuan(total ?? 0)}${loan}`,
					hAlign: "right"
				}
			]);
		}
		out(table.toString());
		out(`${w("grants")}: ${color.bold(formatYuan(s.grants.total))}`);
		out(`${w("loans")}: ${color.bold(formatYuan(s.loans.total))}`);
		const invalid = s.invalid ? color.red(`${s.invalid} ${w("invalid")}`) : `0 ${w("invalid")}`;
		out(`${w("records")}: ${s.records} · ${w("evaluated")} ${s.evaluated} · ${invalid} · ${w("asOf")} ${o.asOf}`);
	}
}
// dist/io/formats/index.js
const FORMATS = {
	table: tableFormat,
	json: jsonFormat,
	ndjson: ndjsonFormat,
	csv: csvFormat
};
const AUDIT_FORMATS = {
	table: auditTableFormat,
	json: auditJsonFormat,
	ndjson: auditNdjsonFormat,
	csv: auditCsvFormat
};
function makeFormat(o, pack) {
	return (o.mode === "audit" ? AUDIT_FORMATS : FORMATS)[o.format](o, pack);
}
// dist/io/out-buffer.js
/** A growable byte buffer for a batch's output: row bytes copied through, text encoded as UTF-8. */
var OutBuffer = class {
	buf;
	/** The same memory as a plain Uint8Array. */
	view;
	length = 0;
	/** @param spare memory to use again, if it is at least `capacity` bytes */
	constructor(capacity = 1 << 21, spare) {
		this.buf = spare && spare.byteLength >= capacity ? Buffer.from(spare) : Buffer.allocUnsafeSlow(capacity);
		this.view = new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.buf.length);
	}
	ensure(extra) {
		if (this.length + extra <= this.buf.length) return;
		const next = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.length + extra));
		this.buf.copy(next, 0, 0, this.length);
		this.buf = next;
		this.view = new Uint8Array(next.buffer, next.byteOffset, next.length);
	}
	/** Copies bytes in; a plain Uint8Array (not a Buffer) makes the cheapest views. */
	bytes(src, start, end) {
		this.ensure(end - start);
		this.view.set(src.subarray(start, end), this.length);
		this.length += end - start;
	}
	text(s) {
		if (!s) return;
		this.ensure(s.length * 3);
		this.length += this.buf.utf8Write(s, this.length);
	}
	/** Room for `n` more bytes, for the byte-by-byte writes below. */
	reserve(n) {
		this.ensure(n);
	}
	/** One ASCII character (after reserve). */
	char(code) {
		this.view[this.length++] = code;
	}
	/** A short ASCII string, byte by byte (after reserve): cheaper than a call into the runtime. */
	chars(s) {
		const view = this.view;
		let at = this.length;
		for (let i = 0; i < s.length; i++) view[at++] = s.charCodeAt(i);
		this.length = at;
	}
	/** An amount of fen as yuan with two decimals, 99999 → 999.99 (after reserve). */
	fen(fen) {
		const view = this.view;
		let at = this.length;
		if (fen < 0) {
			view[at++] = 45;
			fen = -fen;
		}
		const yuan = Math.floor(fen / 100);
		const cents = fen - yuan * 100;
		if (yuan === 0) view[at++] = 48;
		else {
			let digits = 0;
			for (let y = yuan; y > 0; y = Math.floor(y / 10)) digits++;
			for (let i = digits - 1, y = yuan; i >= 0; i--, y = Math.floor(y / 10)) view[at + i] = 48 + y % 10;
			at += digits;
		}
		view[at++] = 46;
		view[at++] = 48 + Math.floor(cents / 10);
		view[at++] = 48 + cents % 10;
		this.length = at;
	}
	/** Text known to be ASCII (no check). */
	ascii(s) {
		this.ensure(s.length);
		this.length += this.buf.latin1Write(s, this.length);
	}
	get size() {
		return this.length;
	}
	/** A copy of the bytes from `start` on, which are then dropped. */
	take(start) {
		const copy = new Uint8Array(this.buf.subarray(start, this.length));
		this.length = start;
		return copy;
	}
	/** The bytes written; their ArrayBuffer belongs to this output alone (it can be transferred). */
	result() {
		return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
	}
};
// dist/engine/claims.js
/**
* Who has claimed what: a per-person program is paid once per person. The registry sees
* claims in input order and says, for a later claim of the same person and program, which
* claim came first.
*
* It must hold a million people in little memory, so it is a hash table on typed arrays:
* one slot per person and record type, keyed by the ID number packed into an exact number,
* holding which programs that person has claimed and where the first claim was.
*/
/**
* A valid 18-character resident ID as an exact integer: area code, birth date and sequence
* (the check character follows from them). Undefined for anything else.
*/
function personKey(id) {
	if (id.length !== 18) return void 0;
	const digits = /* @__PURE__ */ new Uint8Array(17);
	for (let i = 0; i < 17; i++) digits[i] = id.charCodeAt(i);
	return personKeyOfBytes(digits, 0, 18);
}
/** The same, from the bytes of an ID number in a buffer (only its first 17 are read). */
function personKeyOfBytes(buf, start, end) {
	if (end - start !== 18) return void 0;
	let area = 0;
	let year = 0;
	let month = 0;
	let day = 0;
	let seq = 0;
	for (let i = 0; i < 17; i++) {
		const d = buf[start + i] - 48;
		if (d < 0 || d > 9) return void 0;
		if (i < 6) area = area * 10 + d;
		else if (i < 10) year = year * 10 + d;
		else if (i < 12) month = month * 10 + d;
		else if (i < 14) day = day * 10 + d;
		else seq = seq * 10 + d;
	}
	if (!(year >= 1800 && year < 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return void 0;
	const date = (year - 1800) * 372 + (month - 1) * 31 + (day - 1);
	return (area * 111600 + date) * 1e3 + seq;
}
const EMPTY = 0;
/**
* The slot of `key` in an open-addressing table of key + 1 (0: empty), whose length is a power
* of two: where it is, or the empty slot where it goes.
*/
function slotOf(table, key) {
	const mask = table.length - 1;
	let h = (Math.imul(key | 0, 2654435761) ^ Math.imul(key / 4294967296 | 0, 2246822507)) >>> 0;
	for (;;) {
		const i = h & mask;
		const k = table[i];
		if (k === EMPTY || k === key + 1) return i;
		h = i + 1;
	}
}
var ClaimRegistry = class {
	capacity = 65536;
	size = 0;
	/** key + 1 (0: empty slot), for a person and record type. */
	keys = new Float64Array(this.capacity);
	/**
	* The rest of a slot, side by side (one cache line for all of it): bits of the programs of
	* the record type claimed (low 16) and the file (high 16) of the person's first claim; that
	* claim's line; its case.
	*/
	data = new Uint32Array(this.capacity * 3);
	fileNames = [];
	fileIndex = /* @__PURE__ */ new Map();
	caseIds = [null];
	caseIndex = /* @__PURE__ */ new Map();
	/** A program first claimed by another record than the person's first: rare, kept apart. */
	later = /* @__PURE__ */ new Map();
	slot(key) {
		return slotOf(this.keys, key);
	}
	/** Makes room for `people` in all, at once (rather than growing step by step). */
	reserve(people) {
		let capacity = this.capacity;
		while (people * 4 >= capacity * 3) capacity *= 2;
		if (capacity > this.capacity) this.grow(capacity);
	}
	grow(capacity = this.capacity * 2) {
		const keys = this.keys;
		const data = this.data;
		this.capacity = capacity;
		this.keys = new Float64Array(capacity);
		this.data = new Uint32Array(capacity * 3);
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i];
			if (k === EMPTY) continue;
			const j = this.slot(k - 1);
			this.keys[j] = k;
			this.data.set(data.subarray(i * 3, i * 3 + 3), j * 3);
		}
	}
	fileOf(file) {
		let f = this.fileIndex.get(file);
		if (f === void 0) {
			f = this.fileNames.push(file) - 1;
			this.fileIndex.set(file, f);
		}
		return f;
	}
	caseOf(caseId) {
		if (caseId === null) return 0;
		let c = this.caseIndex.get(caseId);
		if (c === void 0) {
			c = this.caseIds.push(caseId) - 1;
			this.caseIndex.set(caseId, c);
		}
		return c;
	}
	refAt(i) {
		const line = this.data[i * 3 + 1];
		return {
			file: this.fileNames[this.data[i * 3] >>> 16],
			...line ? { line } : {},
			case_id: this.caseIds[this.data[i * 3 + 2]] ?? null
		};
	}
	/**
	* Registers a record's claims: `programs` has bit i set for each program (of the record's
	* type, index i) that it claims. Returns, for each of them already claimed, the first claim.
	* Nothing is allocated unless the record is a duplicate.
	*
	* @param key the person's key (personKey) combined with the record type: key * 4 + type index
	*/
	claim(key, programs, file, line, caseId) {
		return this.claimAt(key, programs, this.fileOf(file), line ?? 0, () => this.caseOf(caseId));
	}
	/**
	* Registers the claims of a batch of one file, in order (see claim); `caseIds[cases[j]]` is
	* claim j's case. Calls `duplicate` for each claim of programs already claimed.
	*/
	claimBatch(file, claims, duplicate) {
		const f = this.fileOf(file);
		const cases = new Int32Array(claims.caseNames.length).fill(-1);
		let j = 0;
		const caseOfClaim = () => {
			const local = claims.cases[j];
			let c = cases[local];
			if (c < 0) c = cases[local] = this.caseOf(claims.caseNames[local] ?? null);
			return c;
		};
		for (; j < claims.count; j++) {
			const first = this.claimAt(claims.keys[j], claims.masks[j], f, claims.lines[j], caseOfClaim);
			if (first) duplicate(j, first);
		}
	}
	/** `caseOf` gives the claim's case (its index in caseIds), asked only when needed. */
	claimAt(key, programs, file, line, caseOf) {
		if (programs === 0) return void 0;
		if (this.size * 4 >= this.capacity * 3) this.grow();
		const i = this.slot(key);
		const at = i * 3;
		if (this.keys[i] === EMPTY) {
			this.keys[i] = key + 1;
			this.data[at] = programs | file << 16;
			this.data[at + 1] = line;
			this.data[at + 2] = caseOf();
			this.size++;
			return;
		}
		const claimed = this.data[at] & 65535;
		let duplicates;
		for (let p = 0; programs >>> p; p++) {
			if (!(programs >>> p & 1)) continue;
			if (claimed >>> p & 1) (duplicates ??= /* @__PURE__ */ new Map()).set(p, this.later.get(`${key}:${p}`) ?? this.refAt(i));
			else this.later.set(`${key}:${p}`, {
				file: this.fileNames[file],
				...line ? { line } : {},
				case_id: this.caseIds[caseOf()] ?? null
			});
		}
		this.data[at] = (this.data[at] | programs) >>> 0;
		return duplicates;
	}
};
/** A set of keys (exact numbers below 2^53), on a typed array: a few bytes each. */
var KeySet = class {
	slots;
	/** @param keys the members (repeats allowed) */
	constructor(keys) {
		let capacity = 16;
		while (capacity < keys.length * 2) capacity *= 2;
		this.slots = new Float64Array(capacity);
		for (let i = 0; i < keys.length; i++) this.slots[slotOf(this.slots, keys[i])] = keys[i] + 1;
	}
	has(key) {
		return this.slots[slotOf(this.slots, key)] !== EMPTY;
	}
};
// dist/engine/duplicates.js
/**
* Duplicate claims: a per-person program is paid once per person. Within one run, the first
* claim of a person and program is evaluated as usual; a later one is ineligible, with the
* reason `duplicate` naming the first (file, line, case_id).
*
* A claim is a result that is not ineligible — eligible, pending or undetermined — since only
* those can be paid; an ineligible first record does not stop a later one.
*/
const TYPE_INDEX = {
	placement: 0,
	hire: 1,
	startup: 2
};
/** A result turned ineligible because the person was already claimed for. */
function duplicateResult(r, first) {
	return {
		program: r.program,
		kind: r.kind,
		status: "ineligible",
		amount: 0,
		reasons: [{
			condition: "duplicate",
			outcome: "not_met",
			duplicate_of: first
		}],
		conditions: r.conditions,
		amount_rule: r.amount_rule,
		duplicate_of: first
	};
}
/** The claims of results (see DuplicateCheck.claimsOf), given their type's perPersonOf. */
function claimsMask(perPerson, results) {
	let mask = 0;
	for (let i = 0; i < results.length; i++) if (perPerson >>> i & 1 && results[i].status !== "ineligible") mask |= 1 << i;
	return mask;
}
var DuplicateCheck = class {
	registry = new ClaimRegistry();
	/** For each record type, which of its programs (by index) are paid once per person. */
	perPerson;
	constructor(pack) {
		this.perPerson = Object.fromEntries(RECORD_TYPES.map((t) => [t, pack.byType[t].reduce((mask, p, i) => p.spec.per_person ? mask | 1 << i : mask, 0)]));
	}
	/** The record's claims: bit i for each per-person program i whose result is not ineligible. */
	claimsOf(type, results) {
		return claimsMask(this.perPerson[type], results);
	}
	/** Bit i for each program i of the record type that is paid once per person. */
	perPersonOf(type) {
		return this.perPerson[type];
	}
	/** The registry key of a person in a record type, or undefined when the ID is not a valid one. */
	keyOf(type, id) {
		const key = typeof id === "string" ? personKey(id) : void 0;
		return key === void 0 ? void 0 : key * 4 + TYPE_INDEX[type];
	}
	/** The registry key of a person from the bytes of their ID number. */
	keyOfBytes(type, buf, start, end) {
		const key = personKeyOfBytes(buf, start, end);
		return key === void 0 ? void 0 : key * 4 + TYPE_INDEX[type];
	}
	/** Makes room for this many people at once (see ClaimRegistry.reserve). */
	reserve(people) {
		this.registry.reserve(people);
	}
	/** Registers a batch's claims in input order (see ClaimRegistry.claimBatch). */
	registerBatch(file, claims, duplicate) {
		this.registry.claimBatch(file, claims, duplicate);
	}
	/** Registers claims in input order; returns, for each program index already claimed, the first claim. */
	register(key, claims, file, line, caseId) {
		return this.registry.claim(key, claims, file, line, caseId);
	}
	/** Checks a whole evaluated record (case files); marks its duplicate results in place. */
	apply(type, facts, results, ref) {
		const key = this.keyOf(type, facts[PERSON_FIELD[type]]);
		if (key === void 0) return false;
		const duplicates = this.register(key, this.claimsOf(type, results), ref.file, ref.line, ref.case_id);
		if (!duplicates) return false;
		for (const [i, first] of duplicates) results[i] = duplicateResult(results[i], first);
		return true;
	}
};
// dist/records/reader.js
/**
* The row reader for batches: a record type's fields compiled, once per file layout, into a
* loop over the row's cells. It reads exactly as the zod schema does (the same parsers, the
* same checks, the same messages; a property test holds them together), without building
* an object to validate first.
*/
/**
* @param columns for each column of the row, the field it holds in this record type, or undefined
* @param headers the columns' headers, naming the extra (unknown) columns kept as facts
* @param skip columns that are neither fields nor extras (the type column)
*/
function compileRowReader(type, columns, headers, skip = [], extraFields = []) {
	const plan = [...FIELDS[type], ...extraFields].map((spec) => ({
		name: spec.name,
		col: columns.indexOf(spec.name),
		parse: PARSERS[spec.kind],
		required: spec.required === true
	}));
	const defaults = FIELDS[type].filter((s) => s.defaultFrom).map((s) => [s.name, s.defaultFrom]);
	const extras = columns.flatMap((f, i) => f === void 0 && !skip.includes(i) ? [[i, headers[i]]] : []);
	return (cells) => {
		const facts = {};
		let errors;
		for (let i = 0; i < plan.length; i++) {
			const p = plan[i];
			const raw = p.col >= 0 ? cells[p.col] : void 0;
			if (raw === void 0 || isBlank(raw)) {
				if (p.required) (errors ??= []).push({
					field: p.name,
					value: null,
					message: `${p.name} is required`
				});
				continue;
			}
			const value = p.parse(raw);
			if (value instanceof Invalid) (errors ??= []).push({
				field: p.name,
				value: raw,
				message: value.error
			});
			else facts[p.name] = value;
		}
		if (errors) return {
			facts: {},
			errors
		};
		const cross = crossFieldError(facts);
		if (cross) return {
			facts: {},
			errors: [{
				...cross,
				value: cells[columns.indexOf(cross.field)] ?? cross.value
			}]
		};
		for (const [name, from] of defaults) if (facts[name] === void 0) facts[name] = facts[from];
		for (const [i, header] of extras) {
			const raw = cells[i];
			if (raw !== void 0 && !isBlank(raw)) facts[header] = raw;
		}
		return {
			facts,
			errors: void 0
		};
	};
}
// dist/records/byte-reader.js
const BLANK = Symbol("blank");
/** How many distinct cells a bytesMemo remembers. */
const MEMO_SIZE = 4096;
/** A valid value that the caller does not need (it is only checked). */
const KEPT_OUT = Symbol("kept out");
function blankBytes(buf, s, e) {
	for (let i = s; i < e; i++) {
		const b = buf[i];
		if (b !== 32 && b !== 9 && b !== 13) return false;
	}
	return true;
}
/** Decode, then the string parser: exactly what the zod schema does with the same text. */
function viaString(kind) {
	const parse = PARSERS[kind];
	return (buf, s, e) => {
		if (blankBytes(buf, s, e)) return BLANK;
		const text = buf.toString("utf8", s, e);
		return isBlank(text) ? BLANK : parse(text);
	};
}
const digit = (b) => b >= 48 && b <= 57;
function dateParser() {
	const slow = bytesMemo(viaString("date"));
	const valid = new Array(74400).fill(void 0);
	return (buf, s, e) => {
		const n = e - s;
		if (n < 8 || n > 10 || !digit(buf[s]) || !digit(buf[s + 1]) || !digit(buf[s + 2]) || !digit(buf[s + 3])) return slow(buf, s, e);
		const sep = buf[s + 4];
		if (sep !== 45 && sep !== 47 && sep !== 46) return slow(buf, s, e);
		let i = s + 5;
		let month = 0;
		for (const stop = i + 2; i < stop && i < e && digit(buf[i]); i++) month = month * 10 + buf[i] - 48;
		if (i === s + 5 || i >= e || buf[i] !== sep) return slow(buf, s, e);
		const dayAt = ++i;
		let day = 0;
		for (const stop = i + 2; i < stop && i < e && digit(buf[i]); i++) day = day * 10 + buf[i] - 48;
		if (i === dayAt || i !== e) return slow(buf, s, e);
		const year = (buf[s] - 48) * 1e3 + (buf[s + 1] - 48) * 100 + (buf[s + 2] - 48) * 10 + (buf[s + 3] - 48);
		if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return slow(buf, s, e);
		const key = ((year - 1900) * 12 + month - 1) * 31 + day - 1;
		let value = valid[key];
		if (value === void 0) value = valid[key] = isValidDate(year, month, day) ? formatDate(year, month, day) : null;
		return value ?? slow(buf, s, e);
	};
}
function moneyParser() {
	const slow = viaString("money");
	return (buf, s, e) => {
		let fen = 0;
		let i = s;
		for (; i < e && i - s < 13; i++) {
			const b = buf[i];
			if (!digit(b)) break;
			fen = fen * 10 + (b - 48);
		}
		if (i > s) {
			if (i === e) return fen * 100;
			if (buf[i] === 46 && (e - i === 2 || e - i === 3) && digit(buf[i + 1]) && (e - i === 2 || digit(buf[i + 2]))) return fen * 100 + (buf[i + 1] - 48) * 10 + (e - i === 3 ? buf[i + 2] - 48 : 0);
		}
		return slow(buf, s, e);
	};
}
/**
* ID numbers and credit codes: the common case — 18 plain characters with the right check
* character — is checked on the bytes; anything else goes through the string parser, which
* says what is wrong. `keep` makes a string of a valid one; otherwise it is only checked.
*/
function identityParser(kind, keep) {
	const slow = viaString(kind);
	const valid = kind === "resident_id" ? residentIdBytesValid : creditCodeBytesValid;
	return (buf, s, e) => {
		if (e === s) return BLANK;
		if (e - s === 18 && valid(buf, s)) return keep ? buf.toString("latin1", s, e) : KEPT_OUT;
		return slow(buf, s, e);
	};
}
const ID_WEIGHTS = [
	7,
	9,
	10,
	5,
	8,
	4,
	2,
	1,
	6,
	3,
	7,
	9,
	10,
	5,
	8,
	4,
	2
];
const ID_CHECK = [
	49,
	48,
	88,
	57,
	56,
	55,
	54,
	53,
	52,
	51,
	50
];
/** 17 digits, a real birth date and the right check character. */
function residentIdBytesValid(buf, s) {
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const b = buf[s + i];
		if (!digit(b)) return false;
		sum += (b - 48) * ID_WEIGHTS[i];
	}
	if (buf[s + 17] !== ID_CHECK[sum % 11]) return false;
	const year = (buf[s + 6] - 48) * 1e3 + (buf[s + 7] - 48) * 100 + (buf[s + 8] - 48) * 10 + (buf[s + 9] - 48);
	const month = (buf[s + 10] - 48) * 10 + (buf[s + 11] - 48);
	const day = (buf[s + 12] - 48) * 10 + (buf[s + 13] - 48);
	return year >= 1800 && year <= 2099 && isValidDate(year, month, day);
}
const CODE_WEIGHTS = [
	1,
	3,
	9,
	27,
	19,
	26,
	16,
	17,
	20,
	29,
	25,
	13,
	8,
	24,
	10,
	30,
	28
];
const CODE_VALUE = (/* @__PURE__ */ new Int8Array(128)).fill(-1);
[...CREDIT_CODE_CHARS].forEach((c, i) => CODE_VALUE[c.charCodeAt(0)] = i);
function creditCodeBytesValid(buf, s) {
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const b = buf[s + i];
		const v = b < 128 ? CODE_VALUE[b] : -1;
		if (v < 0) return false;
		sum += v * CODE_WEIGHTS[i];
	}
	const last = buf[s + 17];
	return last < 128 && CODE_VALUE[last] === (31 - sum % 31) % 31;
}
/**
* Values that repeat across a batch (categories, groups, districts): remembered by their
* bytes, so that a repeat needs neither decoding nor parsing.
*/
function memoByBytes(kind) {
	return bytesMemo(viaString(kind));
}
function sameBytes(a, buf, s, e) {
	if (a.length !== e - s) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== buf[s + i]) return false;
	return true;
}
/**
* Remembers the last value `parse` made, for cells that repeat from one row to the next
* (a case_id over the rows of its case): a repeat is one comparison of bytes.
*/
function lastValueMemo(parse) {
	let last = Buffer.alloc(64);
	let length = -1;
	let value;
	return (buf, s, e) => {
		const n = e - s;
		if (n === length) {
			let same = true;
			for (let i = 0; i < n && same; i++) same = last[i] === buf[s + i];
			if (same) return value;
		}
		value = parse(buf, s, e);
		if (n > last.length) last = Buffer.alloc(n * 2);
		for (let i = 0; i < n; i++) last[i] = buf[s + i];
		length = n;
		return value;
	};
}
/** Remembers what `parse` makes of a cell's bytes (by the bytes, not a string: no decoding on a repeat). */
function bytesMemo(parse) {
	const slots = new Array(MEMO_SIZE * 2).fill(void 0);
	const mask = MEMO_SIZE * 2 - 1;
	let size = 0;
	let last;
	return (buf, s, e) => {
		if (e - s > 64) return parse(buf, s, e);
		if (last !== void 0 && sameBytes(last.bytes, buf, s, e)) return last.value;
		let h = 2166136261;
		for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 16777619);
		let i = (h ^ h >>> 15) & mask;
		for (let entry = slots[i]; entry !== void 0; entry = slots[i = i + 1 & mask]) if (sameBytes(entry.bytes, buf, s, e)) {
			last = entry;
			return entry.value;
		}
		const value = parse(buf, s, e);
		if (size < MEMO_SIZE) {
			slots[i] = last = {
				bytes: Buffer.from(buf.subarray(s, e)),
				value
			};
			size++;
		}
		return value;
	};
}
function cellParser(kind, keep) {
	switch (kind) {
		case "date": return dateParser();
		case "money": return moneyParser();
		case "resident_id":
		case "credit_code": return identityParser(kind, keep);
		case "categories":
		case "groups":
		case "district": return memoByBytes(kind);
		default: return viaString(kind);
	}
}
/**
* @param columns for each column, the field it holds in this record type, or undefined
* @param headers the columns' headers, naming extra columns
* @param skip columns that are neither fields nor extras (the type column)
* @param needed the fields whose values are wanted (the others are only checked); 'all' for every field
*/
function compileByteRowReader(type, columns, headers, skip, needed, extraFields = []) {
	const viaCells = compileRowReader(type, columns, headers, skip, extraFields);
	const defaultSources = new Set(FIELDS[type].flatMap((s) => s.defaultFrom ? [s.defaultFrom] : []));
	const plan = [...FIELDS[type], ...extraFields].map((spec) => {
		const keep = needed === "all" || needed.has(spec.name) || CROSS_FIELDS.includes(spec.name) || defaultSources.has(spec.name);
		return {
			name: spec.name,
			col: columns.indexOf(spec.name),
			parse: cellParser(spec.kind, keep),
			required: spec.required === true,
			kind: spec.kind,
			keep
		};
	}).filter((p) => p.required || p.col >= 0 && (p.keep || p.kind !== "text"));
	const defaults = FIELDS[type].filter((s) => s.defaultFrom).map((s) => [s.name, s.defaultFrom]);
	const extraColumns = columns.flatMap((f, i) => f === void 0 && !skip.includes(i) ? [i] : []);
	const extraNames = extraColumns.map((i) => headers[i]);
	const generic = (buf, row) => {
		if (row.decoded) return viaCells(row.decoded);
		const facts = {};
		let errors;
		for (let i = 0; i < plan.length; i++) {
			const p = plan[i];
			const value = p.col >= 0 && p.col < row.count ? p.parse(buf, row.starts[p.col], row.ends[p.col]) : BLANK;
			if (value === BLANK) {
				if (p.required) (errors ??= []).push({
					field: p.name,
					value: null,
					message: `${p.name} is required`
				});
			} else if (typeof value === "object" && value !== null && value instanceof Invalid) (errors ??= []).push({
				field: p.name,
				value: buf.toString("utf8", row.starts[p.col], row.ends[p.col]),
				message: value.error
			});
			else if (value !== KEPT_OUT) facts[p.name] = value;
		}
		if (errors) return {
			facts: {},
			errors
		};
		const cross = crossFieldError(facts);
		if (cross) {
			const col = columns.indexOf(cross.field);
			return {
				facts: {},
				errors: [{
					...cross,
					value: col >= 0 ? buf.toString("utf8", row.starts[col], row.ends[col]) : cross.value
				}]
			};
		}
		for (let d = 0; d < defaults.length; d++) {
			const [name, from] = defaults[d];
			if (facts[name] === void 0) facts[name] = facts[from];
		}
		for (let x = 0; x < extraColumns.length; x++) {
			const i = extraColumns[x];
			if (i >= row.count || blankBytes(buf, row.starts[i], row.ends[i])) continue;
			const raw = buf.toString("utf8", row.starts[i], row.ends[i]);
			if (!isBlank(raw)) facts[extraNames[x]] = raw;
		}
		return {
			facts,
			errors: void 0
		};
	};
	if (new Set(plan.map((p) => p.name)).size !== plan.length) return generic;
	return unrolledReader(plan, defaults, extraColumns, extraNames, generic);
}
/**
* The same reader written out as code for one layout: each cell's parser called at a call site
* of its own, and every record's facts made by one object literal, so that all have the same
* shape. It reads rows without errors; a row with any (rare) is read again by `generic`, which
* says what is wrong. Facts of fields left blank are present, as undefined.
*/
function unrolledReader(plan, defaults, extraColumns, extraNames, generic) {
	const key = (name) => JSON.stringify(name);
	const lines = ["if (row.decoded) return generic(buf, row);", "const s = row.starts, e = row.ends, n = row.count;"];
	plan.forEach((p, i) => {
		lines.push(p.col >= 0 ? `const v${i} = ${p.col} < n ? p${i}(buf, s[${p.col}], e[${p.col}]) : BLANK;` : `const v${i} = BLANK;`);
		const blank = p.required ? `v${i} === BLANK || ` : "";
		lines.push(`if (${blank}(typeof v${i} === 'object' && v${i} !== null && v${i} instanceof Invalid)) return generic(buf, row);`);
	});
	const fields = plan.flatMap((p, i) => p.keep ? [`${key(p.name)}: v${i} === BLANK || v${i} === KEPT_OUT ? undefined : v${i}`] : []);
	lines.push(`const facts = { ${fields.join(", ")} };`);
	lines.push("if (crossFieldError(facts)) return generic(buf, row);");
	for (const [name, from] of defaults) lines.push(`if (facts[${key(name)}] === undefined) facts[${key(name)}] = facts[${key(from)}];`);
	if (extraColumns.length) lines.push("for (let x = 0; x < extraColumns.length; x++) {", "  const i = extraColumns[x];", "  if (i >= n || blankBytes(buf, s[i], e[i])) continue;", "  const raw = buf.toString('utf8', s[i], e[i]);", "  if (!isBlank(raw)) facts[extraNames[x]] = raw;", "}");
	lines.push("return { facts, errors: undefined };");
	const parsers = plan.map((_, i) => `p${i} = P[${i}]`).join(", ");
	const body = `${parsers ? `const ${parsers};\n` : ""}return function read(buf, row) {\n  ${lines.join("\n  ")}\n};`;
	let make;
	try {
		make = new Function("P", "BLANK", "KEPT_OUT", "Invalid", "crossFieldError", "generic", "extraColumns", "extraNames", "blankBytes", "isBlank", body);
	} catch {
		return generic;
	}
	return make(plan.map((p) => p.parse), BLANK, KEPT_OUT, Invalid, crossFieldError, generic, extraColumns, extraNames, blankBytes, isBlank);
}
// dist/batch/cases.js
/** Totals per case_id, for the tables of batches. */
var CaseTotals = class {
	totals = /* @__PURE__ */ new Map();
	/** Adds a record's amounts (sign 1), or takes them back (sign -1); `count` counts the record. */
	add(caseId, results, sign = 1, count = sign === 1) {
		const key = caseId ?? "";
		let t = this.totals.get(key);
		if (!t) {
			t = {
				case_id: key,
				records: 0,
				grants: 0,
				loans: 0
			};
			this.totals.set(key, t);
		}
		if (count) t.records++;
		for (const r of results ?? []) {
			if (r.status !== "eligible" || r.amount === null) continue;
			if (r.kind === "loan") t.loans += sign * r.amount;
			else t.grants += sign * r.amount;
		}
	}
	merge(list) {
		for (const c of list) {
			const t = this.totals.get(c.case_id);
			if (!t) this.totals.set(c.case_id, { ...c });
			else {
				t.records += c.records;
				t.grants += c.grants;
				t.loans += c.loans;
			}
		}
	}
	list() {
		return [...this.totals.values()];
	}
	get size() {
		return this.totals.size;
	}
	/** The largest cases by grants (then loans, then records). */
	top(n) {
		return this.list().sort((a, b) => b.grants - a.grants || b.loans - a.loans || b.records - a.records || a.case_id.localeCompare(b.case_id)).slice(0, n);
	}
};
// dist/batch/process.js
/**
* Evaluates a batch of CSV rows: read each row, evaluate it, format it. Runs in a worker
* thread for large inputs, or in the main thread; either way it is the same code.
*
* The batch stays in bytes: GB18030 is first re-encoded as UTF-8, rows are found as byte
* ranges, only the cells the rules need become strings, and CSV output copies each row's
* bytes through as they were (unless a cell must be escaped) before its result columns.
*/
/** The raw record (field name or header → cell) of a row, as case-file records have it. */
function rawOf(layout, type, cells) {
	const raw = {};
	const columns = layout.columns[type];
	for (let i = 0; i < layout.headers.length; i++) {
		if (i === layout.typeColumn) continue;
		raw[columns[i] ?? layout.headers[i]] = cells[i] ?? "";
	}
	return raw;
}
/** The first characters of a cell that a spreadsheet takes for a formula: = + - @, tab, CR. */
const RISKY = /* @__PURE__ */ new Uint8Array(256);
for (const c of "=+-@	\r") RISKY[c.charCodeAt(0)] = 1;
/** Whether a spreadsheet would take a cell of this row (one without quotes) for a formula. */
function riskyRow(buf, row) {
	const { starts, ends, count } = row;
	for (let i = 0; i < count; i++) {
		const s = starts[i];
		if (s !== ends[i] && RISKY[buf[s]]) return true;
	}
	return false;
}
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** The column of each record type's person ID in a file (-1: none). */
function personColumnsOf(layout) {
	return Object.fromEntries(RECORD_TYPES.map((t) => [t, layout.columns[t].indexOf(PERSON_FIELD[t])]));
}
/** The person key of a row's ID cell, read as the ID parser reads it; undefined for no valid ID. */
function personKeyOf(check, type, column, buf, row) {
	if (column < 0 || column >= row.count) return void 0;
	if (!row.decoded) {
		const key = check.keyOfBytes(type, buf, row.starts[column], row.ends[column]);
		if (key !== void 0) return key;
	}
	return check.keyOf(type, cellText(buf, row, column).replace(/\s+/g, "").toUpperCase());
}
/** The facts the rules read. */
function referencedFacts(pack) {
	const names = /* @__PURE__ */ new Set();
	for (const p of pack.programs) {
		for (const c of p.spec.conditions) {
			if ("fact" in c) names.add(c.fact);
			if (c.op === "retained") names.add(c.start).add(c.end);
		}
		if ("fact" in p.spec.amount) names.add(p.spec.amount.fact);
	}
	return names;
}
var BatchProcessor = class {
	pack;
	options;
	format;
	csv;
	readers = /* @__PURE__ */ new Map();
	needed;
	/** The record type written in a type cell. */
	typeOfCell = bytesMemo((buf, s, e) => recordTypeOf(buf.toString("utf8", s, e)));
	/** A case_id cell, trimmed (case ids repeat from row to row). */
	caseOfCell = lastValueMemo((buf, s, e) => buf.toString("utf8", s, e).trim());
	duplicates;
	audit;
	/** CSV output may copy a row's bytes through as they are. */
	copyRows;
	tracked;
	/** Output memory written and given back, to use again. */
	spare = [];
	/** What the fast lane needs of each record type (by typeIndex): found once, not for every row. */
	lanes;
	constructor(pack, options) {
		this.pack = pack;
		this.options = options;
		this.format = makeFormat(options.format, pack);
		this.csv = options.format.format === "csv" && options.format.mode === "evaluate" ? csvRowParts(options.format, pack) : void 0;
		this.audit = options.format.mode === "audit";
		this.copyRows = this.csv !== void 0 && !options.format.mask && !options.caseTotals;
		this.duplicates = options.duplicates ? new DuplicateCheck(pack) : void 0;
		const csv = this.csv;
		this.lanes = csv ? RECORD_TYPES.map((t) => ({
			results: reusableResults(t, pack),
			statuses: statusesWriterOf(t, pack),
			perPerson: this.duplicates?.perPersonOf(t) ?? 0,
			places: placesOf(pack, t),
			slots: csv.slotsOf(t)
		})) : void 0;
		this.needed = this.copyRows ? referencedFacts(pack) : "all";
	}
	/** The row readers of a file layout, by record type, compiled on first use. */
	readersFor(layout) {
		const layoutKey = `${layout.file}\u0000${layout.headers.join("")}`;
		const local = {};
		return (type) => {
			let reader = local[type];
			if (reader) return reader;
			const key = `${type}\u0000${layoutKey}`;
			reader = this.readers.get(key);
			if (!reader) {
				const missing = missingColumnError(layout, type);
				if (missing) {
					const error = {
						facts: {},
						errors: [{
							field: missing.field,
							value: null,
							message: missing.message.replace(/^[^:]*:\d+: /, "")
						}]
					};
					const rowsMissing = () => ({
						facts: {},
						errors: error.errors.map((e) => ({ ...e }))
					});
					this.readers.set(key, rowsMissing);
					return local[type] = rowsMissing;
				}
				const skip = layout.typeColumn >= 0 ? [layout.typeColumn] : [];
				reader = compileByteRowReader(type, layout.columns[type], layout.headers, skip, this.needed, this.pack.facts[type]);
				this.readers.set(key, reader);
			}
			return local[type] = reader;
		};
	}
	/** The batch as UTF-8 bytes, checked. */
	utf8(job) {
		const file = job.layout.file;
		const buf = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
		if (job.encoding === "gb18030" || job.encoding === "undecided" && !isUtf8(buf) && decodes(buf, "gb18030")) return Buffer.from(batchDecoder("gb18030", file)(job.bytes, job.firstLine), "utf8");
		if (!isUtf8(buf)) {
			const at = firstInvalidUtf8(buf);
			let line = job.firstLine;
			for (let i = buf.indexOf(10); i !== -1 && i < at; i = buf.indexOf(10, i + 1)) line++;
			throw new InputError(`${file}:${line}: not valid UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030`);
		}
		return buf;
	}
	/** A row's record type: its type cell's, the file's, or undefined for an unknown one. */
	typeOf(layout, buf, row) {
		const t = layout.typeColumn;
		return layout.fixedType ?? (row.decoded ? recordTypeOf(row.decoded[t]) : t < row.count && row.starts[t] !== row.ends[t] ? this.typeOfCell(buf, row.starts[t], row.ends[t]) : void 0) ?? (cellText(buf, row, t).trim() === "" ? layout.defaultType : void 0);
	}
	/** Takes back the memory of a batch's output once it is written. */
	recycle(buffer) {
		if (this.spare.length < 2) this.spare.push(buffer);
	}
	/**
	* Only these people's claims are reported (the others' ID numbers occur once in the run, so
	* they cannot be duplicates); undefined: every claim is.
	*/
	track(keys) {
		this.tracked = keys ? new KeySet(keys) : void 0;
	}
	/** The person key of a claiming row, if its claims are to be reported (see track). */
	claimKey(type, column, buf, row) {
		const key = personKeyOf(this.duplicates, type, column, buf, row);
		return key === void 0 || this.tracked && !this.tracked.has(key) ? void 0 : key;
	}
	/**
	* The first pass over a batch: the person key (see DuplicateCheck) of every row that names a
	* valid ID number, whatever else the row holds.
	*/
	keys(job) {
		const { layout } = job;
		const buf = this.utf8(job);
		const personColumns = personColumnsOf(layout);
		const check = this.duplicates ?? new DuplicateCheck(this.pack);
		const last = Math.max(layout.typeColumn, ...Object.values(personColumns));
		const row = {
			line: 0,
			start: 0,
			end: 0,
			count: 0,
			starts: new Int32Array(last + 2),
			ends: new Int32Array(last + 2),
			decoded: null
		};
		const { starts, ends } = row;
		let keys = /* @__PURE__ */ new Float64Array(1024);
		let count = 0;
		const end = buf.length;
		let pos = 0;
		let line = job.firstLine;
		let quote = buf.indexOf(QUOTE);
		while (pos < end) {
			let nl = buf.indexOf(LF, pos);
			if (nl === -1) nl = end;
			if (quote !== -1 && quote < pos) quote = buf.indexOf(QUOTE, pos);
			if (quote !== -1 && quote < nl) {
				const record = quotedRecord(buf, pos, line, layout.file);
				row.decoded = record.cells;
				row.count = record.cells.length;
				pos = record.next;
				line = record.nextLine;
			} else {
				const lineEnd = nl > pos && buf[nl - 1] === CR ? nl - 1 : nl;
				let n = 0;
				let cellStart = pos;
				for (let i = pos; i < lineEnd && n <= last; i++) if (buf[i] === COMMA) {
					starts[n] = cellStart;
					ends[n] = i;
					n++;
					cellStart = i + 1;
				}
				if (n <= last) {
					starts[n] = cellStart;
					ends[n] = lineEnd;
					n++;
				}
				row.decoded = null;
				row.count = n;
				pos = nl + 1;
				line++;
			}
			const type = this.typeOf(layout, buf, row);
			if (!type) continue;
			const key = personKeyOf(check, type, personColumns[type], buf, row);
			if (key === void 0) continue;
			if (count === keys.length) {
				const more = new Float64Array(count * 2);
				more.set(keys);
				keys = more;
			}
			keys[count++] = key;
		}
		return keys.slice(0, count);
	}
	run(job, patch) {
		const { layout } = job;
		const file = layout.file;
		const buf = this.utf8(job);
		const raw = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
		const readerFor = this.readersFor(layout);
		const caseColumn = layout.columns.placement.indexOf("case_id");
		const personColumns = personColumnsOf(layout);
		const personColumnAt = RECORD_TYPES.map((t) => personColumns[t]);
		const summary = new SummaryBuilder(this.pack, this.audit);
		const cases = this.options.caseTotals ? new CaseTotals() : void 0;
		const invalid = [];
		const claims = this.duplicates ? new ClaimList() : void 0;
		const pieces = [];
		const width = layout.headers.length;
		const pad = job.map === null && this.csv ? ",".repeat(Math.max(0, this.csv.width - width)) : "";
		const asOf = this.options.asOf;
		const csv = this.csv;
		const out = patch ? new OutBuffer(4096) : new OutBuffer(1 << 21, this.spare.pop());
		const caseOf = (row) => {
			if (caseColumn < 0 || caseColumn >= row.count) return null;
			const c = row.decoded ? row.decoded[caseColumn].trim() : this.caseOfCell(buf, row.starts[caseColumn], row.ends[caseColumn]);
			return c === "" ? null : c;
		};
		const slow = (row, index, type, recType, facts, errors, duplicates, copyable) => {
			const line = row.line;
			let results = errors ? null : evaluateRecord(recType, facts, this.pack, asOf);
			let caseId;
			if (results && this.duplicates) {
				const mask = this.duplicates.claimsOf(recType, results);
				const key = mask ? this.claimKey(recType, personColumnAt[typeIndex(recType)], buf, row) : void 0;
				if (duplicates) {
					caseId = caseOf(row);
					summary.addResults(results, -1);
					cases?.add(caseId, results, -1);
					if (this.audit) summary.addAudit(caseId, auditItems(facts, results), -1);
					results = results.map((r, i) => duplicates.has(i) ? duplicateResult(r, duplicates.get(i)) : r);
				} else if (key !== void 0) claims.add(index, key, mask, line, caseId = caseOf(row), out.size);
			}
			if (duplicates) summary.addResults(results);
			else summary.add(file, results);
			const start = out.size;
			if (copyable && results) {
				out.bytes(raw, row.start, row.end);
				if (pad) out.ascii(pad);
				csv.resultsInto(out, csv.slotsOf(recType), results);
			} else {
				const listed = errors !== void 0 && invalid.length < job.invalidLimit;
				const needRecord = !csv || this.audit || listed || cases !== void 0 || !copyable;
				if (needRecord && caseId === void 0) caseId = caseOf(row);
				const cells = needRecord ? rowCells(buf, row) : [];
				const rec = {
					source: {
						file,
						line
					},
					type: recType,
					case_id: caseId ?? null,
					raw: needRecord ? rawOf(layout, recType, cells) : {},
					...type ? {} : { writtenType: cellText(buf, row, layout.typeColumn) },
					facts,
					extra: [],
					errors: errors ?? [],
					results
				};
				cases?.add(rec.case_id, results, 1, !duplicates);
				if (this.audit && results) {
					rec.audit = auditItems(facts, results);
					summary.addAudit(rec.case_id, rec.audit);
				}
				if (errors && listed) invalid.push({
					file,
					line,
					type: layout.fixedType ?? cellText(buf, row, layout.typeColumn),
					case_id: rec.case_id,
					errors,
					input: rec.raw
				});
				if (!csv) out.text(this.format.record(rec));
				else {
					if (copyable) {
						out.bytes(raw, row.start, row.end);
						if (pad) out.ascii(pad);
					} else out.text(csv.cells(cells, job.map));
					out.text(csv.suffix(rec));
				}
			}
			if (duplicates) pieces.push({
				row: index,
				bytes: out.take(start)
			});
			else claims?.end(out.size);
		};
		let index = -1;
		parseCsvBytes(buf, job.firstLine, file, (row) => {
			index++;
			const duplicates = patch?.get(index);
			if (patch && !duplicates) return;
			const line = row.line;
			const type = this.typeOf(layout, buf, row);
			let errors;
			let facts = {};
			if (!type) errors = [{
				field: "type",
				value: cellText(buf, row, layout.typeColumn),
				message: `unknown record type; use ${RECORD_TYPES.join(", ")} (or 送工, 吸纳就业, 创业)`,
				line
			}];
			else if (row.count > width) errors = [{
				field: "(row)",
				value: null,
				message: `${row.count} cells, but the header has ${width} columns: a comma inside a value? Quote the value`,
				line
			}];
			else {
				const read = readerFor(type)(buf, row);
				facts = read.facts;
				if (read.errors) {
					errors = read.errors;
					for (const e of errors) e.line = line;
				}
			}
			const recType = type ?? "placement";
			const copyable = this.copyRows && job.map === null && row.count === width && !row.decoded && !riskyRow(buf, row);
			if (this.copyRows && !errors && !patch) {
				const t = typeIndex(recType);
				const lane = this.lanes[t];
				const results = lane.results;
				lane.statuses(facts, asOf, results);
				const mask = claimsMask(lane.perPerson, results);
				const key = mask ? this.claimKey(recType, personColumnAt[t], buf, row) : void 0;
				if (key !== void 0) claims.add(index, key, mask, line, caseOf(row), out.size);
				summary.addPlaced(file, lane.places, results);
				if (copyable) {
					out.bytes(raw, row.start, row.end);
					if (pad) out.ascii(pad);
				} else out.text(csv.cells(rowCells(buf, row), job.map));
				csv.resultsInto(out, lane.slots, results);
				claims?.end(out.size);
				return;
			}
			slow(row, index, type, recType, facts, errors, duplicates, copyable);
		});
		if (patch) return {
			seq: job.seq,
			pieces,
			summary: summary.result(),
			cases: cases?.list() ?? []
		};
		return {
			seq: job.seq,
			bytes: out.result(),
			summary: summary.result(),
			invalid,
			cases: cases?.list() ?? [],
			rows: index + 1,
			...claims?.size ? { claims: claims.result() } : {}
		};
	}
};
/** The claims of a batch's records, for the main thread to check for duplicates in order. */
var ClaimList = class {
	capacity = 1024;
	count = 0;
	rows = new Uint32Array(this.capacity);
	keys = new Float64Array(this.capacity);
	masks = new Uint16Array(this.capacity);
	lines = new Uint32Array(this.capacity);
	cases = new Uint32Array(this.capacity);
	starts = new Uint32Array(this.capacity);
	ends = new Uint32Array(this.capacity);
	caseNames = [null];
	caseIndex = /* @__PURE__ */ new Map();
	lastCase = null;
	lastIndex = 0;
	open = false;
	grow() {
		this.capacity *= 2;
		const grow = (a, make) => {
			const b = make(this.capacity);
			b.set(a);
			return b;
		};
		this.rows = grow(this.rows, (n) => new Uint32Array(n));
		this.keys = grow(this.keys, (n) => new Float64Array(n));
		this.masks = grow(this.masks, (n) => new Uint16Array(n));
		this.lines = grow(this.lines, (n) => new Uint32Array(n));
		this.cases = grow(this.cases, (n) => new Uint32Array(n));
		this.starts = grow(this.starts, (n) => new Uint32Array(n));
		this.ends = grow(this.ends, (n) => new Uint32Array(n));
	}
	add(row, key, mask, line, caseId, start) {
		if (this.count === this.capacity) this.grow();
		const i = this.count++;
		this.rows[i] = row;
		this.keys[i] = key;
		this.masks[i] = mask;
		this.lines[i] = line;
		let c = 0;
		if (caseId !== null) {
			if (caseId === this.lastCase) c = this.lastIndex;
			else {
				c = this.caseIndex.get(caseId) ?? 0;
				if (!c) {
					c = this.caseNames.push(caseId) - 1;
					this.caseIndex.set(caseId, c);
				}
				this.lastCase = caseId;
				this.lastIndex = c;
			}
		}
		this.cases[i] = c;
		this.starts[i] = start;
		this.open = true;
	}
	/** Called after every row: closes the output range of the row just added. */
	end(size) {
		if (!this.open) return;
		this.ends[this.count - 1] = size;
		this.open = false;
	}
	get size() {
		return this.count;
	}
	result() {
		const n = this.count;
		return {
			count: n,
			rows: this.rows.slice(0, n),
			keys: this.keys.slice(0, n),
			masks: this.masks.slice(0, n),
			lines: this.lines.slice(0, n),
			cases: this.cases.slice(0, n),
			caseNames: this.caseNames,
			starts: this.starts.slice(0, n),
			ends: this.ends.slice(0, n)
		};
	}
};
/** The typed arrays of a batch's claims, to transfer with it. */
function claimBuffers(c) {
	return [
		c.rows,
		c.keys,
		c.masks,
		c.lines,
		c.cases,
		c.starts,
		c.ends
	].map((a) => a.buffer);
}
// dist/batch/executor.js
/** The rows to patch as the processor takes them: row → program index → first claim. */
const patchMap = (rows) => new Map(rows.map(([row, programs]) => [row, new Map(programs)]));
// dist/batch/worker.js
/**
* A worker thread that evaluates batches. Its first message brings the rules as the main thread
* loaded them (it may be started before they are loaded); then it answers each job with its
* result (or the error that stopped it). It keeps a batch whose records claim per-person
* programs until the main thread has checked them for duplicates, to write again the rows that
* turn out to be duplicates.
*/
/** Made from the first message; a failure to make it is each job's answer. */
let processor;
let initError;
const kept = /* @__PURE__ */ new Map();
function fail(seq, e) {
	const exitCode = e instanceof SubsidyError ? e.exitCode : void 0;
	parentPort.postMessage({
		ok: false,
		seq,
		message: e.message,
		stack: e.stack,
		exitCode
	});
}
parentPort.on("message", (m) => {
	if (m.kind === "init") {
		try {
			processor = new BatchProcessor(packFromData(m.init.pack), m.init.options);
		} catch (e) {
			initError = e;
		}
		return;
	}
	if (m.kind === "release") {
		kept.delete(m.seq);
		return;
	}
	const p = processor;
	if (!p) {
		if (m.kind === "run" || m.kind === "keys") fail(m.job.seq, initError);
		else if (m.kind === "patch") fail(m.seq, initError);
		return;
	}
	if (m.kind === "recycle") {
		p.recycle(m.buffer);
		return;
	}
	if (m.kind === "track") {
		p.track(m.keys);
		return;
	}
	if (m.kind === "keys") {
		try {
			const keys = p.keys(m.job);
			parentPort.postMessage({
				ok: true,
				keys: {
					seq: m.job.seq,
					keys
				}
			}, [keys.buffer]);
		} catch (e) {
			fail(m.job.seq, e);
		}
		return;
	}
	if (m.kind === "patch") {
		try {
			const result = p.run(kept.get(m.seq), patchMap(m.rows));
			parentPort.postMessage({
				ok: true,
				patch: result
			});
		} catch (e) {
			fail(m.seq, e);
		}
		return;
	}
	try {
		const result = p.run(m.job);
		if (result.claims) kept.set(m.job.seq, m.job);
		parentPort.postMessage({
			ok: true,
			result
		}, [result.bytes.buffer, ...result.claims ? claimBuffers(result.claims) : []]);
	} catch (e) {
		fail(m.job.seq, e);
	}
});
export {};
