import { createRequire } from "node:module";
import { once } from "node:events";
import { basename, dirname, extname, join, resolve } from "node:path";
import { accessSync, closeSync, constants, createReadStream, createWriteStream, existsSync, fstatSync, mkdtempSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import process$1 from "node:process";
import os, { availableParallelism, tmpdir } from "node:os";
import tty from "node:tty";
import { open } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();
// node_modules/commander/lib/error.js
var require_error = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* CommanderError class
	*/
	var CommanderError = class extends Error {
		/**
		* Constructs the CommanderError class
		* @param {number} exitCode suggested exit code which could be used with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		*/
		constructor(exitCode, code, message) {
			super(message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
			this.code = code;
			this.exitCode = exitCode;
			this.nestedError = void 0;
		}
	};
	/**
	* InvalidArgumentError class
	*/
	var InvalidArgumentError = class extends CommanderError {
		/**
		* Constructs the InvalidArgumentError class
		* @param {string} [message] explanation of why argument is invalid
		*/
		constructor(message) {
			super(1, "commander.invalidArgument", message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
		}
	};
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
}));
// node_modules/commander/lib/argument.js
var require_argument = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Argument = class {
		/**
		* Initialize a new command argument with the given name and description.
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @param {string} name
		* @param {string} [description]
		*/
		constructor(name, description) {
			this.description = description || "";
			this.variadic = false;
			this.parseArg = void 0;
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.argChoices = void 0;
			switch (name[0]) {
				case "<":
					this.required = true;
					this._name = name.slice(1, -1);
					break;
				case "[":
					this.required = false;
					this._name = name.slice(1, -1);
					break;
				default:
					this.required = true;
					this._name = name;
			}
			if (this._name.endsWith("...")) {
				this.variadic = true;
				this._name = this._name.slice(0, -3);
			}
		}
		/**
		* Return argument name.
		*
		* @return {string}
		*/
		name() {
			return this._name;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Argument}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Set the custom handler for processing CLI command arguments into argument values.
		*
		* @param {Function} [fn]
		* @return {Argument}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Only allow argument value to be one of choices.
		*
		* @param {string[]} values
		* @return {Argument}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Make argument required.
		*
		* @returns {Argument}
		*/
		argRequired() {
			this.required = true;
			return this;
		}
		/**
		* Make argument optional.
		*
		* @returns {Argument}
		*/
		argOptional() {
			this.required = false;
			return this;
		}
	};
	/**
	* Takes an argument and returns its human readable equivalent for help usage.
	*
	* @param {Argument} arg
	* @return {string}
	* @private
	*/
	function humanReadableArgName(arg) {
		const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
		return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
	}
	exports.Argument = Argument;
	exports.humanReadableArgName = humanReadableArgName;
}));
// node_modules/commander/lib/help.js
var require_help = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { humanReadableArgName } = require_argument();
	/**
	* TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	* https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	* @typedef { import("./argument.js").Argument } Argument
	* @typedef { import("./command.js").Command } Command
	* @typedef { import("./option.js").Option } Option
	*/
	var Help = class {
		constructor() {
			this.helpWidth = void 0;
			this.minWidthToWrap = 40;
			this.sortSubcommands = false;
			this.sortOptions = false;
			this.showGlobalOptions = false;
		}
		/**
		* prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
		* and just before calling `formatHelp()`.
		*
		* Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
		*
		* @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
		*/
		prepareContext(contextOptions) {
			this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
		}
		/**
		* Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
		*
		* @param {Command} cmd
		* @returns {Command[]}
		*/
		visibleCommands(cmd) {
			const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
			const helpCommand = cmd._getHelpCommand();
			if (helpCommand && !helpCommand._hidden) visibleCommands.push(helpCommand);
			if (this.sortSubcommands) visibleCommands.sort((a, b) => {
				return a.name().localeCompare(b.name());
			});
			return visibleCommands;
		}
		/**
		* Compare options for sort.
		*
		* @param {Option} a
		* @param {Option} b
		* @returns {number}
		*/
		compareOptions(a, b) {
			const getSortKey = (option) => {
				return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
			};
			return getSortKey(a).localeCompare(getSortKey(b));
		}
		/**
		* Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleOptions(cmd) {
			const visibleOptions = cmd.options.filter((option) => !option.hidden);
			const helpOption = cmd._getHelpOption();
			if (helpOption && !helpOption.hidden) {
				const removeShort = helpOption.short && cmd._findOption(helpOption.short);
				const removeLong = helpOption.long && cmd._findOption(helpOption.long);
				if (!removeShort && !removeLong) visibleOptions.push(helpOption);
				else if (helpOption.long && !removeLong) visibleOptions.push(cmd.createOption(helpOption.long, helpOption.description));
				else if (helpOption.short && !removeShort) visibleOptions.push(cmd.createOption(helpOption.short, helpOption.description));
			}
			if (this.sortOptions) visibleOptions.sort(this.compareOptions);
			return visibleOptions;
		}
		/**
		* Get an array of the visible global options. (Not including help.)
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleGlobalOptions(cmd) {
			if (!this.showGlobalOptions) return [];
			const globalOptions = [];
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
				const visibleOptions = ancestorCmd.options.filter((option) => !option.hidden);
				globalOptions.push(...visibleOptions);
			}
			if (this.sortOptions) globalOptions.sort(this.compareOptions);
			return globalOptions;
		}
		/**
		* Get an array of the arguments if any have a description.
		*
		* @param {Command} cmd
		* @returns {Argument[]}
		*/
		visibleArguments(cmd) {
			if (cmd._argsDescription) cmd.registeredArguments.forEach((argument) => {
				argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
			});
			if (cmd.registeredArguments.find((argument) => argument.description)) return cmd.registeredArguments;
			return [];
		}
		/**
		* Get the command term to show in the list of subcommands.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandTerm(cmd) {
			const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
			return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + (args ? " " + args : "");
		}
		/**
		* Get the option term to show in the list of options.
		*
		* @param {Option} option
		* @returns {string}
		*/
		optionTerm(option) {
			return option.flags;
		}
		/**
		* Get the argument term to show in the list of arguments.
		*
		* @param {Argument} argument
		* @returns {string}
		*/
		argumentTerm(argument) {
			return argument.name();
		}
		/**
		* Get the longest command term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestSubcommandTermLength(cmd, helper) {
			return helper.visibleCommands(cmd).reduce((max, command) => {
				return Math.max(max, this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))));
			}, 0);
		}
		/**
		* Get the longest option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestOptionTermLength(cmd, helper) {
			return helper.visibleOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest global option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestGlobalOptionTermLength(cmd, helper) {
			return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest argument term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestArgumentTermLength(cmd, helper) {
			return helper.visibleArguments(cmd).reduce((max, argument) => {
				return Math.max(max, this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))));
			}, 0);
		}
		/**
		* Get the command usage to be displayed at the top of the built-in help.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandUsage(cmd) {
			let cmdName = cmd._name;
			if (cmd._aliases[0]) cmdName = cmdName + "|" + cmd._aliases[0];
			let ancestorCmdNames = "";
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
			return ancestorCmdNames + cmdName + " " + cmd.usage();
		}
		/**
		* Get the description for the command.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandDescription(cmd) {
			return cmd.description();
		}
		/**
		* Get the subcommand summary to show in the list of subcommands.
		* (Fallback to description for backwards compatibility.)
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandDescription(cmd) {
			return cmd.summary() || cmd.description();
		}
		/**
		* Get the option description to show in the list of options.
		*
		* @param {Option} option
		* @return {string}
		*/
		optionDescription(option) {
			const extraInfo = [];
			if (option.argChoices) extraInfo.push(`choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (option.defaultValue !== void 0) {
				if (option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean") extraInfo.push(`default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
			}
			if (option.presetArg !== void 0 && option.optional) extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
			if (option.envVar !== void 0) extraInfo.push(`env: ${option.envVar}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (option.description) return `${option.description} ${extraDescription}`;
				return extraDescription;
			}
			return option.description;
		}
		/**
		* Get the argument description to show in the list of arguments.
		*
		* @param {Argument} argument
		* @return {string}
		*/
		argumentDescription(argument) {
			const extraInfo = [];
			if (argument.argChoices) extraInfo.push(`choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (argument.defaultValue !== void 0) extraInfo.push(`default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (argument.description) return `${argument.description} ${extraDescription}`;
				return extraDescription;
			}
			return argument.description;
		}
		/**
		* Format a list of items, given a heading and an array of formatted items.
		*
		* @param {string} heading
		* @param {string[]} items
		* @param {Help} helper
		* @returns string[]
		*/
		formatItemList(heading, items, helper) {
			if (items.length === 0) return [];
			return [
				helper.styleTitle(heading),
				...items,
				""
			];
		}
		/**
		* Group items by their help group heading.
		*
		* @param {Command[] | Option[]} unsortedItems
		* @param {Command[] | Option[]} visibleItems
		* @param {Function} getGroup
		* @returns {Map<string, Command[] | Option[]>}
		*/
		groupItems(unsortedItems, visibleItems, getGroup) {
			const result = /* @__PURE__ */ new Map();
			unsortedItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
			});
			visibleItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
				result.get(group).push(item);
			});
			return result;
		}
		/**
		* Generate the built-in help text.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {string}
		*/
		formatHelp(cmd, helper) {
			const termWidth = helper.padWidth(cmd, helper);
			const helpWidth = helper.helpWidth ?? 80;
			function callFormatItem(term, description) {
				return helper.formatItem(term, termWidth, description, helper);
			}
			let output = [`${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`, ""];
			const commandDescription = helper.commandDescription(cmd);
			if (commandDescription.length > 0) output = output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription), helpWidth), ""]);
			const argumentList = helper.visibleArguments(cmd).map((argument) => {
				return callFormatItem(helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument)));
			});
			output = output.concat(this.formatItemList("Arguments:", argumentList, helper));
			this.groupItems(cmd.options, helper.visibleOptions(cmd), (option) => option.helpGroupHeading ?? "Options:").forEach((options, group) => {
				const optionList = options.map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList(group, optionList, helper));
			});
			if (helper.showGlobalOptions) {
				const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList("Global Options:", globalOptionList, helper));
			}
			this.groupItems(cmd.commands, helper.visibleCommands(cmd), (sub) => sub.helpGroup() || "Commands:").forEach((commands, group) => {
				const commandList = commands.map((sub) => {
					return callFormatItem(helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub)));
				});
				output = output.concat(this.formatItemList(group, commandList, helper));
			});
			return output.join("\n");
		}
		/**
		* Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
		*
		* @param {string} str
		* @returns {number}
		*/
		displayWidth(str) {
			return stripColor(str).length;
		}
		/**
		* Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
		*
		* @param {string} str
		* @returns {string}
		*/
		styleTitle(str) {
			return str;
		}
		styleUsage(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word === "[command]") return this.styleSubcommandText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleCommandText(word);
			}).join(" ");
		}
		styleCommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleOptionDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleSubcommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleArgumentDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleDescriptionText(str) {
			return str;
		}
		styleOptionTerm(str) {
			return this.styleOptionText(str);
		}
		styleSubcommandTerm(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleSubcommandText(word);
			}).join(" ");
		}
		styleArgumentTerm(str) {
			return this.styleArgumentText(str);
		}
		styleOptionText(str) {
			return str;
		}
		styleArgumentText(str) {
			return str;
		}
		styleSubcommandText(str) {
			return str;
		}
		styleCommandText(str) {
			return str;
		}
		/**
		* Calculate the pad width from the maximum term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		padWidth(cmd, helper) {
			return Math.max(helper.longestOptionTermLength(cmd, helper), helper.longestGlobalOptionTermLength(cmd, helper), helper.longestSubcommandTermLength(cmd, helper), helper.longestArgumentTermLength(cmd, helper));
		}
		/**
		* Detect manually wrapped and indented strings by checking for line break followed by whitespace.
		*
		* @param {string} str
		* @returns {boolean}
		*/
		preformatted(str) {
			return /\n[^\S\r\n]/.test(str);
		}
		/**
		* Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
		*
		* So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
		*   TTT  DDD DDDD
		*        DD DDD
		*
		* @param {string} term
		* @param {number} termWidth
		* @param {string} description
		* @param {Help} helper
		* @returns {string}
		*/
		formatItem(term, termWidth, description, helper) {
			const itemIndent = 2;
			const itemIndentStr = " ".repeat(itemIndent);
			if (!description) return itemIndentStr + term;
			const paddedTerm = term.padEnd(termWidth + term.length - helper.displayWidth(term));
			const spacerWidth = 2;
			const remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - itemIndent;
			let formattedDescription;
			if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) formattedDescription = description;
			else formattedDescription = helper.boxWrap(description, remainingWidth).replace(/\n/g, "\n" + " ".repeat(termWidth + spacerWidth));
			return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `\n${itemIndentStr}`);
		}
		/**
		* Wrap a string at whitespace, preserving existing line breaks.
		* Wrapping is skipped if the width is less than `minWidthToWrap`.
		*
		* @param {string} str
		* @param {number} width
		* @returns {string}
		*/
		boxWrap(str, width) {
			if (width < this.minWidthToWrap) return str;
			const rawLines = str.split(/\r\n|\n/);
			const chunkPattern = /[\s]*[^\s]+/g;
			const wrappedLines = [];
			rawLines.forEach((line) => {
				const chunks = line.match(chunkPattern);
				if (chunks === null) {
					wrappedLines.push("");
					return;
				}
				let sumChunks = [chunks.shift()];
				let sumWidth = this.displayWidth(sumChunks[0]);
				chunks.forEach((chunk) => {
					const visibleWidth = this.displayWidth(chunk);
					if (sumWidth + visibleWidth <= width) {
						sumChunks.push(chunk);
						sumWidth += visibleWidth;
						return;
					}
					wrappedLines.push(sumChunks.join(""));
					const nextChunk = chunk.trimStart();
					sumChunks = [nextChunk];
					sumWidth = this.displayWidth(nextChunk);
				});
				wrappedLines.push(sumChunks.join(""));
			});
			return wrappedLines.join("\n");
		}
	};
	/**
	* Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	*
	* @param {string} str
	* @returns {string}
	* @package
	*/
	function stripColor(str) {
		return str.replace(/\x1b\[\d*(;\d*)*m/g, "");
	}
	exports.Help = Help;
	exports.stripColor = stripColor;
}));
// node_modules/commander/lib/option.js
var require_option = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Option = class {
		/**
		* Initialize a new `Option` with the given `flags` and `description`.
		*
		* @param {string} flags
		* @param {string} [description]
		*/
		constructor(flags, description) {
			this.flags = flags;
			this.description = description || "";
			this.required = flags.includes("<");
			this.optional = flags.includes("[");
			this.variadic = /\w\.\.\.[>\]]$/.test(flags);
			this.mandatory = false;
			const optionFlags = splitOptionFlags(flags);
			this.short = optionFlags.shortFlag;
			this.long = optionFlags.longFlag;
			this.negate = false;
			if (this.long) this.negate = this.long.startsWith("--no-");
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.presetArg = void 0;
			this.envVar = void 0;
			this.parseArg = void 0;
			this.hidden = false;
			this.argChoices = void 0;
			this.conflictsWith = [];
			this.implied = void 0;
			this.helpGroupHeading = void 0;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Option}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Preset to use when option used without option-argument, especially optional but also boolean and negated.
		* The custom processing (parseArg) is called.
		*
		* @example
		* new Option('--color').default('GREYSCALE').preset('RGB');
		* new Option('--donate [amount]').preset('20').argParser(parseFloat);
		*
		* @param {*} arg
		* @return {Option}
		*/
		preset(arg) {
			this.presetArg = arg;
			return this;
		}
		/**
		* Add option name(s) that conflict with this option.
		* An error will be displayed if conflicting options are found during parsing.
		*
		* @example
		* new Option('--rgb').conflicts('cmyk');
		* new Option('--js').conflicts(['ts', 'jsx']);
		*
		* @param {(string | string[])} names
		* @return {Option}
		*/
		conflicts(names) {
			this.conflictsWith = this.conflictsWith.concat(names);
			return this;
		}
		/**
		* Specify implied option values for when this option is set and the implied options are not.
		*
		* The custom processing (parseArg) is not called on the implied values.
		*
		* @example
		* program
		*   .addOption(new Option('--log', 'write logging information to file'))
		*   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
		*
		* @param {object} impliedOptionValues
		* @return {Option}
		*/
		implies(impliedOptionValues) {
			let newImplied = impliedOptionValues;
			if (typeof impliedOptionValues === "string") newImplied = { [impliedOptionValues]: true };
			this.implied = Object.assign(this.implied || {}, newImplied);
			return this;
		}
		/**
		* Set environment variable to check for option value.
		*
		* An environment variable is only used if when processed the current option value is
		* undefined, or the source of the current value is 'default' or 'config' or 'env'.
		*
		* @param {string} name
		* @return {Option}
		*/
		env(name) {
			this.envVar = name;
			return this;
		}
		/**
		* Set the custom handler for processing CLI option arguments into option values.
		*
		* @param {Function} [fn]
		* @return {Option}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Whether the option is mandatory and must have a value after parsing.
		*
		* @param {boolean} [mandatory=true]
		* @return {Option}
		*/
		makeOptionMandatory(mandatory = true) {
			this.mandatory = !!mandatory;
			return this;
		}
		/**
		* Hide option in help.
		*
		* @param {boolean} [hide=true]
		* @return {Option}
		*/
		hideHelp(hide = true) {
			this.hidden = !!hide;
			return this;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Only allow option value to be one of choices.
		*
		* @param {string[]} values
		* @return {Option}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Return option name.
		*
		* @return {string}
		*/
		name() {
			if (this.long) return this.long.replace(/^--/, "");
			return this.short.replace(/^-/, "");
		}
		/**
		* Return option name, in a camelcase format that can be used
		* as an object attribute key.
		*
		* @return {string}
		*/
		attributeName() {
			if (this.negate) return camelcase(this.name().replace(/^no-/, ""));
			return camelcase(this.name());
		}
		/**
		* Set the help group heading.
		*
		* @param {string} heading
		* @return {Option}
		*/
		helpGroup(heading) {
			this.helpGroupHeading = heading;
			return this;
		}
		/**
		* Check if `arg` matches the short or long flag.
		*
		* @param {string} arg
		* @return {boolean}
		* @package
		*/
		is(arg) {
			return this.short === arg || this.long === arg;
		}
		/**
		* Return whether a boolean option.
		*
		* Options are one of boolean, negated, required argument, or optional argument.
		*
		* @return {boolean}
		* @package
		*/
		isBoolean() {
			return !this.required && !this.optional && !this.negate;
		}
	};
	/**
	* This class is to make it easier to work with dual options, without changing the existing
	* implementation. We support separate dual options for separate positive and negative options,
	* like `--build` and `--no-build`, which share a single option value. This works nicely for some
	* use cases, but is tricky for others where we want separate behaviours despite
	* the single shared option value.
	*/
	var DualOptions = class {
		/**
		* @param {Option[]} options
		*/
		constructor(options) {
			this.positiveOptions = /* @__PURE__ */ new Map();
			this.negativeOptions = /* @__PURE__ */ new Map();
			this.dualOptions = /* @__PURE__ */ new Set();
			options.forEach((option) => {
				if (option.negate) this.negativeOptions.set(option.attributeName(), option);
				else this.positiveOptions.set(option.attributeName(), option);
			});
			this.negativeOptions.forEach((value, key) => {
				if (this.positiveOptions.has(key)) this.dualOptions.add(key);
			});
		}
		/**
		* Did the value come from the option, and not from possible matching dual option?
		*
		* @param {*} value
		* @param {Option} option
		* @returns {boolean}
		*/
		valueFromOption(value, option) {
			const optionKey = option.attributeName();
			if (!this.dualOptions.has(optionKey)) return true;
			const preset = this.negativeOptions.get(optionKey).presetArg;
			const negativeValue = preset !== void 0 ? preset : false;
			return option.negate === (negativeValue === value);
		}
	};
	/**
	* Convert string from kebab-case to camelCase.
	*
	* @param {string} str
	* @return {string}
	* @private
	*/
	function camelcase(str) {
		return str.split("-").reduce((str, word) => {
			return str + word[0].toUpperCase() + word.slice(1);
		});
	}
	/**
	* Split the short and long flag out of something like '-m,--mixed <value>'
	*
	* @private
	*/
	function splitOptionFlags(flags) {
		let shortFlag;
		let longFlag;
		const shortFlagExp = /^-[^-]$/;
		const longFlagExp = /^--[^-]/;
		const flagParts = flags.split(/[ |,]+/).concat("guard");
		if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
		if (!shortFlag && shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (!shortFlag && longFlagExp.test(flagParts[0])) {
			shortFlag = longFlag;
			longFlag = flagParts.shift();
		}
		if (flagParts[0].startsWith("-")) {
			const unsupportedFlag = flagParts[0];
			const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
			if (/^-[^-][^-]/.test(unsupportedFlag)) throw new Error(`${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);
			if (shortFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many short flags`);
			if (longFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many long flags`);
			throw new Error(`${baseError}
- unrecognised flag format`);
		}
		if (shortFlag === void 0 && longFlag === void 0) throw new Error(`option creation failed due to no flags found in '${flags}'.`);
		return {
			shortFlag,
			longFlag
		};
	}
	exports.Option = Option;
	exports.DualOptions = DualOptions;
}));
// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = /* @__PURE__ */ __commonJSMin(((exports) => {
	const maxDistance = 3;
	function editDistance(a, b) {
		if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
		const d = [];
		for (let i = 0; i <= a.length; i++) d[i] = [i];
		for (let j = 0; j <= b.length; j++) d[0][j] = j;
		for (let j = 1; j <= b.length; j++) for (let i = 1; i <= a.length; i++) {
			let cost = 1;
			if (a[i - 1] === b[j - 1]) cost = 0;
			else cost = 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
		return d[a.length][b.length];
	}
	/**
	* Find close matches, restricted to same number of edits.
	*
	* @param {string} word
	* @param {string[]} candidates
	* @returns {string}
	*/
	function suggestSimilar(word, candidates) {
		if (!candidates || candidates.length === 0) return "";
		candidates = Array.from(new Set(candidates));
		const searchingOptions = word.startsWith("--");
		if (searchingOptions) {
			word = word.slice(2);
			candidates = candidates.map((candidate) => candidate.slice(2));
		}
		let similar = [];
		let bestDistance = maxDistance;
		const minSimilarity = .4;
		candidates.forEach((candidate) => {
			if (candidate.length <= 1) return;
			const distance = editDistance(word, candidate);
			const length = Math.max(word.length, candidate.length);
			if ((length - distance) / length > minSimilarity) {
				if (distance < bestDistance) {
					bestDistance = distance;
					similar = [candidate];
				} else if (distance === bestDistance) similar.push(candidate);
			}
		});
		similar.sort((a, b) => a.localeCompare(b));
		if (searchingOptions) similar = similar.map((candidate) => `--${candidate}`);
		if (similar.length > 1) return `\n(Did you mean one of ${similar.join(", ")}?)`;
		if (similar.length === 1) return `\n(Did you mean ${similar[0]}?)`;
		return "";
	}
	exports.suggestSimilar = suggestSimilar;
}));
// node_modules/commander/lib/command.js
var require_command = /* @__PURE__ */ __commonJSMin(((exports) => {
	const EventEmitter = __require("node:events").EventEmitter;
	const childProcess = __require("node:child_process");
	const path = __require("node:path");
	const fs = __require("node:fs");
	const process = __require("node:process");
	const { Argument, humanReadableArgName } = require_argument();
	const { CommanderError } = require_error();
	const { Help, stripColor } = require_help();
	const { Option, DualOptions } = require_option();
	const { suggestSimilar } = require_suggestSimilar();
	var Command = class Command extends EventEmitter {
		/**
		* Initialize a new `Command`.
		*
		* @param {string} [name]
		*/
		constructor(name) {
			super();
			/** @type {Command[]} */
			this.commands = [];
			/** @type {Option[]} */
			this.options = [];
			this.parent = null;
			this._allowUnknownOption = false;
			this._allowExcessArguments = false;
			/** @type {Argument[]} */
			this.registeredArguments = [];
			this._args = this.registeredArguments;
			/** @type {string[]} */
			this.args = [];
			this.rawArgs = [];
			this.processedArgs = [];
			this._scriptPath = null;
			this._name = name || "";
			this._optionValues = {};
			this._optionValueSources = {};
			this._storeOptionsAsProperties = false;
			this._actionHandler = null;
			this._executableHandler = false;
			this._executableFile = null;
			this._executableDir = null;
			this._defaultCommandName = null;
			this._exitCallback = null;
			this._aliases = [];
			this._combineFlagAndOptionalValue = true;
			this._description = "";
			this._summary = "";
			this._argsDescription = void 0;
			this._enablePositionalOptions = false;
			this._passThroughOptions = false;
			this._lifeCycleHooks = {};
			/** @type {(boolean | string)} */
			this._showHelpAfterError = false;
			this._showSuggestionAfterError = true;
			this._savedState = null;
			this._outputConfiguration = {
				writeOut: (str) => process.stdout.write(str),
				writeErr: (str) => process.stderr.write(str),
				outputError: (str, write) => write(str),
				getOutHelpWidth: () => process.stdout.isTTY ? process.stdout.columns : void 0,
				getErrHelpWidth: () => process.stderr.isTTY ? process.stderr.columns : void 0,
				getOutHasColors: () => useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
				getErrHasColors: () => useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
				stripColor: (str) => stripColor(str)
			};
			this._hidden = false;
			/** @type {(Option | null | undefined)} */
			this._helpOption = void 0;
			this._addImplicitHelpCommand = void 0;
			/** @type {Command} */
			this._helpCommand = void 0;
			this._helpConfiguration = {};
			/** @type {string | undefined} */
			this._helpGroupHeading = void 0;
			/** @type {string | undefined} */
			this._defaultCommandGroup = void 0;
			/** @type {string | undefined} */
			this._defaultOptionGroup = void 0;
		}
		/**
		* Copy settings that are useful to have in common across root command and subcommands.
		*
		* (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
		*
		* @param {Command} sourceCommand
		* @return {Command} `this` command for chaining
		*/
		copyInheritedSettings(sourceCommand) {
			this._outputConfiguration = sourceCommand._outputConfiguration;
			this._helpOption = sourceCommand._helpOption;
			this._helpCommand = sourceCommand._helpCommand;
			this._helpConfiguration = sourceCommand._helpConfiguration;
			this._exitCallback = sourceCommand._exitCallback;
			this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
			this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
			this._allowExcessArguments = sourceCommand._allowExcessArguments;
			this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
			this._showHelpAfterError = sourceCommand._showHelpAfterError;
			this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
			return this;
		}
		/**
		* @returns {Command[]}
		* @private
		*/
		_getCommandAndAncestors() {
			const result = [];
			for (let command = this; command; command = command.parent) result.push(command);
			return result;
		}
		/**
		* Define a command.
		*
		* There are two styles of command: pay attention to where to put the description.
		*
		* @example
		* // Command implemented using action handler (description is supplied separately to `.command`)
		* program
		*   .command('clone <source> [destination]')
		*   .description('clone a repository into a newly created directory')
		*   .action((source, destination) => {
		*     console.log('clone command called');
		*   });
		*
		* // Command implemented using separate executable file (description is second parameter to `.command`)
		* program
		*   .command('start <service>', 'start named service')
		*   .command('stop [service]', 'stop named service, or all if no name supplied');
		*
		* @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
		* @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
		* @param {object} [execOpts] - configuration options (for executable)
		* @return {Command} returns new command for action handler, or `this` for executable command
		*/
		command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
			let desc = actionOptsOrExecDesc;
			let opts = execOpts;
			if (typeof desc === "object" && desc !== null) {
				opts = desc;
				desc = null;
			}
			opts = opts || {};
			const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
			const cmd = this.createCommand(name);
			if (desc) {
				cmd.description(desc);
				cmd._executableHandler = true;
			}
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			cmd._hidden = !!(opts.noHelp || opts.hidden);
			cmd._executableFile = opts.executableFile || null;
			if (args) cmd.arguments(args);
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd.copyInheritedSettings(this);
			if (desc) return this;
			return cmd;
		}
		/**
		* Factory routine to create a new unattached command.
		*
		* See .command() for creating an attached subcommand, which uses this routine to
		* create the command. You can override createCommand to customise subcommands.
		*
		* @param {string} [name]
		* @return {Command} new command
		*/
		createCommand(name) {
			return new Command(name);
		}
		/**
		* You can customise the help with a subclass of Help by overriding createHelp,
		* or by overriding Help properties using configureHelp().
		*
		* @return {Help}
		*/
		createHelp() {
			return Object.assign(new Help(), this.configureHelp());
		}
		/**
		* You can customise the help by overriding Help properties using configureHelp(),
		* or with a subclass of Help by overriding createHelp().
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureHelp(configuration) {
			if (configuration === void 0) return this._helpConfiguration;
			this._helpConfiguration = configuration;
			return this;
		}
		/**
		* The default output goes to stdout and stderr. You can customise this for special
		* applications. You can also customise the display of errors by overriding outputError.
		*
		* The configuration properties are all functions:
		*
		*     // change how output being written, defaults to stdout and stderr
		*     writeOut(str)
		*     writeErr(str)
		*     // change how output being written for errors, defaults to writeErr
		*     outputError(str, write) // used for displaying errors and not used for displaying help
		*     // specify width for wrapping help
		*     getOutHelpWidth()
		*     getErrHelpWidth()
		*     // color support, currently only used with Help
		*     getOutHasColors()
		*     getErrHasColors()
		*     stripColor() // used to remove ANSI escape codes if output does not have colors
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureOutput(configuration) {
			if (configuration === void 0) return this._outputConfiguration;
			this._outputConfiguration = {
				...this._outputConfiguration,
				...configuration
			};
			return this;
		}
		/**
		* Display the help or a custom message after an error occurs.
		*
		* @param {(boolean|string)} [displayHelp]
		* @return {Command} `this` command for chaining
		*/
		showHelpAfterError(displayHelp = true) {
			if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
			this._showHelpAfterError = displayHelp;
			return this;
		}
		/**
		* Display suggestion of similar commands for unknown commands, or options for unknown options.
		*
		* @param {boolean} [displaySuggestion]
		* @return {Command} `this` command for chaining
		*/
		showSuggestionAfterError(displaySuggestion = true) {
			this._showSuggestionAfterError = !!displaySuggestion;
			return this;
		}
		/**
		* Add a prepared subcommand.
		*
		* See .command() for creating an attached subcommand which inherits settings from its parent.
		*
		* @param {Command} cmd - new subcommand
		* @param {object} [opts] - configuration options
		* @return {Command} `this` command for chaining
		*/
		addCommand(cmd, opts) {
			if (!cmd._name) throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
			opts = opts || {};
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			if (opts.noHelp || opts.hidden) cmd._hidden = true;
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd._checkForBrokenPassThrough();
			return this;
		}
		/**
		* Factory routine to create a new unattached argument.
		*
		* See .argument() for creating an attached argument, which uses this routine to
		* create the argument. You can override createArgument to return a custom argument.
		*
		* @param {string} name
		* @param {string} [description]
		* @return {Argument} new argument
		*/
		createArgument(name, description) {
			return new Argument(name, description);
		}
		/**
		* Define argument syntax for command.
		*
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @example
		* program.argument('<input-file>');
		* program.argument('[output-file]');
		*
		* @param {string} name
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom argument processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		argument(name, description, parseArg, defaultValue) {
			const argument = this.createArgument(name, description);
			if (typeof parseArg === "function") argument.default(defaultValue).argParser(parseArg);
			else argument.default(parseArg);
			this.addArgument(argument);
			return this;
		}
		/**
		* Define argument syntax for command, adding multiple at once (without descriptions).
		*
		* See also .argument().
		*
		* @example
		* program.arguments('<cmd> [env]');
		*
		* @param {string} names
		* @return {Command} `this` command for chaining
		*/
		arguments(names) {
			names.trim().split(/ +/).forEach((detail) => {
				this.argument(detail);
			});
			return this;
		}
		/**
		* Define argument syntax for command, adding a prepared argument.
		*
		* @param {Argument} argument
		* @return {Command} `this` command for chaining
		*/
		addArgument(argument) {
			const previousArgument = this.registeredArguments.slice(-1)[0];
			if (previousArgument?.variadic) throw new Error(`only the last argument can be variadic '${previousArgument.name()}'`);
			if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) throw new Error(`a default value for a required argument is never used: '${argument.name()}'`);
			this.registeredArguments.push(argument);
			return this;
		}
		/**
		* Customise or override default help command. By default a help command is automatically added if your command has subcommands.
		*
		* @example
		*    program.helpCommand('help [cmd]');
		*    program.helpCommand('help [cmd]', 'show help');
		*    program.helpCommand(false); // suppress default help command
		*    program.helpCommand(true); // add help command even if no subcommands
		*
		* @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
		* @param {string} [description] - custom description
		* @return {Command} `this` command for chaining
		*/
		helpCommand(enableOrNameAndArgs, description) {
			if (typeof enableOrNameAndArgs === "boolean") {
				this._addImplicitHelpCommand = enableOrNameAndArgs;
				if (enableOrNameAndArgs && this._defaultCommandGroup) this._initCommandGroup(this._getHelpCommand());
				return this;
			}
			const [, helpName, helpArgs] = (enableOrNameAndArgs ?? "help [command]").match(/([^ ]+) *(.*)/);
			const helpDescription = description ?? "display help for command";
			const helpCommand = this.createCommand(helpName);
			helpCommand.helpOption(false);
			if (helpArgs) helpCommand.arguments(helpArgs);
			if (helpDescription) helpCommand.description(helpDescription);
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Add prepared custom help command.
		*
		* @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
		* @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
		* @return {Command} `this` command for chaining
		*/
		addHelpCommand(helpCommand, deprecatedDescription) {
			if (typeof helpCommand !== "object") {
				this.helpCommand(helpCommand, deprecatedDescription);
				return this;
			}
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Lazy create help command.
		*
		* @return {(Command|null)}
		* @package
		*/
		_getHelpCommand() {
			if (this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"))) {
				if (this._helpCommand === void 0) this.helpCommand(void 0, void 0);
				return this._helpCommand;
			}
			return null;
		}
		/**
		* Add hook for life cycle event.
		*
		* @param {string} event
		* @param {Function} listener
		* @return {Command} `this` command for chaining
		*/
		hook(event, listener) {
			const allowedValues = [
				"preSubcommand",
				"preAction",
				"postAction"
			];
			if (!allowedValues.includes(event)) throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
			if (this._lifeCycleHooks[event]) this._lifeCycleHooks[event].push(listener);
			else this._lifeCycleHooks[event] = [listener];
			return this;
		}
		/**
		* Register callback to use as replacement for calling process.exit.
		*
		* @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
		* @return {Command} `this` command for chaining
		*/
		exitOverride(fn) {
			if (fn) this._exitCallback = fn;
			else this._exitCallback = (err) => {
				if (err.code !== "commander.executeSubCommandAsync") throw err;
			};
			return this;
		}
		/**
		* Call process.exit, and _exitCallback if defined.
		*
		* @param {number} exitCode exit code for using with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		* @return never
		* @private
		*/
		_exit(exitCode, code, message) {
			if (this._exitCallback) this._exitCallback(new CommanderError(exitCode, code, message));
			process.exit(exitCode);
		}
		/**
		* Register callback `fn` for the command.
		*
		* @example
		* program
		*   .command('serve')
		*   .description('start service')
		*   .action(function() {
		*      // do work here
		*   });
		*
		* @param {Function} fn
		* @return {Command} `this` command for chaining
		*/
		action(fn) {
			const listener = (args) => {
				const expectedArgsCount = this.registeredArguments.length;
				const actionArgs = args.slice(0, expectedArgsCount);
				if (this._storeOptionsAsProperties) actionArgs[expectedArgsCount] = this;
				else actionArgs[expectedArgsCount] = this.opts();
				actionArgs.push(this);
				return fn.apply(this, actionArgs);
			};
			this._actionHandler = listener;
			return this;
		}
		/**
		* Factory routine to create a new unattached option.
		*
		* See .option() for creating an attached option, which uses this routine to
		* create the option. You can override createOption to return a custom option.
		*
		* @param {string} flags
		* @param {string} [description]
		* @return {Option} new option
		*/
		createOption(flags, description) {
			return new Option(flags, description);
		}
		/**
		* Wrap parseArgs to catch 'commander.invalidArgument'.
		*
		* @param {(Option | Argument)} target
		* @param {string} value
		* @param {*} previous
		* @param {string} invalidArgumentMessage
		* @private
		*/
		_callParseArg(target, value, previous, invalidArgumentMessage) {
			try {
				return target.parseArg(value, previous);
			} catch (err) {
				if (err.code === "commander.invalidArgument") {
					const message = `${invalidArgumentMessage} ${err.message}`;
					this.error(message, {
						exitCode: err.exitCode,
						code: err.code
					});
				}
				throw err;
			}
		}
		/**
		* Check for option flag conflicts.
		* Register option if no conflicts found, or throw on conflict.
		*
		* @param {Option} option
		* @private
		*/
		_registerOption(option) {
			const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
			if (matchingOption) {
				const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
				throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
			}
			this._initOptionGroup(option);
			this.options.push(option);
		}
		/**
		* Check for command name and alias conflicts with existing commands.
		* Register command if no conflicts found, or throw on conflict.
		*
		* @param {Command} command
		* @private
		*/
		_registerCommand(command) {
			const knownBy = (cmd) => {
				return [cmd.name()].concat(cmd.aliases());
			};
			const alreadyUsed = knownBy(command).find((name) => this._findCommand(name));
			if (alreadyUsed) {
				const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
				const newCmd = knownBy(command).join("|");
				throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`);
			}
			this._initCommandGroup(command);
			this.commands.push(command);
		}
		/**
		* Add an option.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addOption(option) {
			this._registerOption(option);
			const oname = option.name();
			const name = option.attributeName();
			if (option.negate) {
				const positiveLongFlag = option.long.replace(/^--no-/, "--");
				if (!this._findOption(positiveLongFlag)) this.setOptionValueWithSource(name, option.defaultValue === void 0 ? true : option.defaultValue, "default");
			} else if (option.defaultValue !== void 0) this.setOptionValueWithSource(name, option.defaultValue, "default");
			const handleOptionValue = (val, invalidValueMessage, valueSource) => {
				if (val == null && option.presetArg !== void 0) val = option.presetArg;
				const oldValue = this.getOptionValue(name);
				if (val !== null && option.parseArg) val = this._callParseArg(option, val, oldValue, invalidValueMessage);
				else if (val !== null && option.variadic) val = option._collectValue(val, oldValue);
				if (val == null) {
					if (option.negate) val = false;
					else if (option.isBoolean() || option.optional) val = true;
					else val = "";
				}
				this.setOptionValueWithSource(name, val, valueSource);
			};
			this.on("option:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "cli");
			});
			if (option.envVar) this.on("optionEnv:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "env");
			});
			return this;
		}
		/**
		* Internal implementation shared by .option() and .requiredOption()
		*
		* @return {Command} `this` command for chaining
		* @private
		*/
		_optionEx(config, flags, description, fn, defaultValue) {
			if (typeof flags === "object" && flags instanceof Option) throw new Error("To add an Option object use addOption() instead of option() or requiredOption()");
			const option = this.createOption(flags, description);
			option.makeOptionMandatory(!!config.mandatory);
			if (typeof fn === "function") option.default(defaultValue).argParser(fn);
			else if (fn instanceof RegExp) {
				const regex = fn;
				fn = (val, def) => {
					const m = regex.exec(val);
					return m ? m[0] : def;
				};
				option.default(defaultValue).argParser(fn);
			} else option.default(fn);
			return this.addOption(option);
		}
		/**
		* Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
		* option-argument is indicated by `<>` and an optional option-argument by `[]`.
		*
		* See the README for more details, and see also addOption() and requiredOption().
		*
		* @example
		* program
		*     .option('-p, --pepper', 'add pepper')
		*     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
		*     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
		*     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		option(flags, description, parseArg, defaultValue) {
			return this._optionEx({}, flags, description, parseArg, defaultValue);
		}
		/**
		* Add a required option which must have a value after parsing. This usually means
		* the option must be specified on the command line. (Otherwise the same as .option().)
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		requiredOption(flags, description, parseArg, defaultValue) {
			return this._optionEx({ mandatory: true }, flags, description, parseArg, defaultValue);
		}
		/**
		* Alter parsing of short flags with optional values.
		*
		* @example
		* // for `.option('-f,--flag [value]'):
		* program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
		* program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
		*
		* @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
		* @return {Command} `this` command for chaining
		*/
		combineFlagAndOptionalValue(combine = true) {
			this._combineFlagAndOptionalValue = !!combine;
			return this;
		}
		/**
		* Allow unknown options on the command line.
		*
		* @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
		* @return {Command} `this` command for chaining
		*/
		allowUnknownOption(allowUnknown = true) {
			this._allowUnknownOption = !!allowUnknown;
			return this;
		}
		/**
		* Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
		*
		* @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
		* @return {Command} `this` command for chaining
		*/
		allowExcessArguments(allowExcess = true) {
			this._allowExcessArguments = !!allowExcess;
			return this;
		}
		/**
		* Enable positional options. Positional means global options are specified before subcommands which lets
		* subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
		* The default behaviour is non-positional and global options may appear anywhere on the command line.
		*
		* @param {boolean} [positional]
		* @return {Command} `this` command for chaining
		*/
		enablePositionalOptions(positional = true) {
			this._enablePositionalOptions = !!positional;
			return this;
		}
		/**
		* Pass through options that come after command-arguments rather than treat them as command-options,
		* so actual command-options come before command-arguments. Turning this on for a subcommand requires
		* positional options to have been enabled on the program (parent commands).
		* The default behaviour is non-positional and options may appear before or after command-arguments.
		*
		* @param {boolean} [passThrough] for unknown options.
		* @return {Command} `this` command for chaining
		*/
		passThroughOptions(passThrough = true) {
			this._passThroughOptions = !!passThrough;
			this._checkForBrokenPassThrough();
			return this;
		}
		/**
		* @private
		*/
		_checkForBrokenPassThrough() {
			if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) throw new Error(`passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`);
		}
		/**
		* Whether to store option values as properties on command object,
		* or store separately (specify false). In both cases the option values can be accessed using .opts().
		*
		* @param {boolean} [storeAsProperties=true]
		* @return {Command} `this` command for chaining
		*/
		storeOptionsAsProperties(storeAsProperties = true) {
			if (this.options.length) throw new Error("call .storeOptionsAsProperties() before adding options");
			if (Object.keys(this._optionValues).length) throw new Error("call .storeOptionsAsProperties() before setting option values");
			this._storeOptionsAsProperties = !!storeAsProperties;
			return this;
		}
		/**
		* Retrieve option value.
		*
		* @param {string} key
		* @return {object} value
		*/
		getOptionValue(key) {
			if (this._storeOptionsAsProperties) return this[key];
			return this._optionValues[key];
		}
		/**
		* Store option value.
		*
		* @param {string} key
		* @param {object} value
		* @return {Command} `this` command for chaining
		*/
		setOptionValue(key, value) {
			return this.setOptionValueWithSource(key, value, void 0);
		}
		/**
		* Store option value and where the value came from.
		*
		* @param {string} key
		* @param {object} value
		* @param {string} source - expected values are default/config/env/cli/implied
		* @return {Command} `this` command for chaining
		*/
		setOptionValueWithSource(key, value, source) {
			if (this._storeOptionsAsProperties) this[key] = value;
			else this._optionValues[key] = value;
			this._optionValueSources[key] = source;
			return this;
		}
		/**
		* Get source of option value.
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSource(key) {
			return this._optionValueSources[key];
		}
		/**
		* Get source of option value. See also .optsWithGlobals().
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSourceWithGlobals(key) {
			let source;
			this._getCommandAndAncestors().forEach((cmd) => {
				if (cmd.getOptionValueSource(key) !== void 0) source = cmd.getOptionValueSource(key);
			});
			return source;
		}
		/**
		* Get user arguments from implied or explicit arguments.
		* Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
		*
		* @private
		*/
		_prepareUserArgs(argv, parseOptions) {
			if (argv !== void 0 && !Array.isArray(argv)) throw new Error("first parameter to parse must be array or undefined");
			parseOptions = parseOptions || {};
			if (argv === void 0 && parseOptions.from === void 0) {
				if (process.versions?.electron) parseOptions.from = "electron";
				const execArgv = process.execArgv ?? [];
				if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) parseOptions.from = "eval";
			}
			if (argv === void 0) argv = process.argv;
			this.rawArgs = argv.slice();
			let userArgs;
			switch (parseOptions.from) {
				case void 0:
				case "node":
					this._scriptPath = argv[1];
					userArgs = argv.slice(2);
					break;
				case "electron":
					if (process.defaultApp) {
						this._scriptPath = argv[1];
						userArgs = argv.slice(2);
					} else userArgs = argv.slice(1);
					break;
				case "user":
					userArgs = argv.slice(0);
					break;
				case "eval":
					userArgs = argv.slice(1);
					break;
				default: throw new Error(`unexpected parse option { from: '${parseOptions.from}' }`);
			}
			if (!this._name && this._scriptPath) this.nameFromFilename(this._scriptPath);
			this._name = this._name || "program";
			return userArgs;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Use parseAsync instead of parse if any of your action handlers are async.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* program.parse(); // parse process.argv and auto-detect electron and special node flags
		* program.parse(process.argv); // assume argv[0] is app and argv[1] is script
		* program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv] - optional, defaults to process.argv
		* @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
		* @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
		* @return {Command} `this` command for chaining
		*/
		parse(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			this._parseCommand([], userArgs);
			return this;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
		* await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
		* await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv]
		* @param {object} [parseOptions]
		* @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
		* @return {Promise}
		*/
		async parseAsync(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			await this._parseCommand([], userArgs);
			return this;
		}
		_prepareForParse() {
			if (this._savedState === null) this.saveStateBeforeParse();
			else this.restoreStateBeforeParse();
		}
		/**
		* Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state saved.
		*/
		saveStateBeforeParse() {
			this._savedState = {
				_name: this._name,
				_optionValues: { ...this._optionValues },
				_optionValueSources: { ...this._optionValueSources }
			};
		}
		/**
		* Restore state before parse for calls after the first.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state restored.
		*/
		restoreStateBeforeParse() {
			if (this._storeOptionsAsProperties) throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
			this._name = this._savedState._name;
			this._scriptPath = null;
			this.rawArgs = [];
			this._optionValues = { ...this._savedState._optionValues };
			this._optionValueSources = { ...this._savedState._optionValueSources };
			this.args = [];
			this.processedArgs = [];
		}
		/**
		* Throw if expected executable is missing. Add lots of help for author.
		*
		* @param {string} executableFile
		* @param {string} executableDir
		* @param {string} subcommandName
		*/
		_checkForMissingExecutable(executableFile, executableDir, subcommandName) {
			if (fs.existsSync(executableFile)) return;
			const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory"}`;
			throw new Error(executableMissing);
		}
		/**
		* Execute a sub-command executable.
		*
		* @private
		*/
		_executeSubCommand(subcommand, args) {
			args = args.slice();
			let launchWithNode = false;
			const sourceExt = [
				".js",
				".ts",
				".tsx",
				".mjs",
				".cjs"
			];
			function findFile(baseDir, baseName) {
				const localBin = path.resolve(baseDir, baseName);
				if (fs.existsSync(localBin)) return localBin;
				if (sourceExt.includes(path.extname(baseName))) return void 0;
				const foundExt = sourceExt.find((ext) => fs.existsSync(`${localBin}${ext}`));
				if (foundExt) return `${localBin}${foundExt}`;
			}
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
			let executableDir = this._executableDir || "";
			if (this._scriptPath) {
				let resolvedScriptPath;
				try {
					resolvedScriptPath = fs.realpathSync(this._scriptPath);
				} catch {
					resolvedScriptPath = this._scriptPath;
				}
				executableDir = path.resolve(path.dirname(resolvedScriptPath), executableDir);
			}
			if (executableDir) {
				let localFile = findFile(executableDir, executableFile);
				if (!localFile && !subcommand._executableFile && this._scriptPath) {
					const legacyName = path.basename(this._scriptPath, path.extname(this._scriptPath));
					if (legacyName !== this._name) localFile = findFile(executableDir, `${legacyName}-${subcommand._name}`);
				}
				executableFile = localFile || executableFile;
			}
			launchWithNode = sourceExt.includes(path.extname(executableFile));
			let proc;
			if (process.platform !== "win32") {
				if (launchWithNode) {
					args.unshift(executableFile);
					args = incrementNodeInspectorPort(process.execArgv).concat(args);
					proc = childProcess.spawn(process.argv[0], args, { stdio: "inherit" });
				} else proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
			} else {
				this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				args.unshift(executableFile);
				args = incrementNodeInspectorPort(process.execArgv).concat(args);
				proc = childProcess.spawn(process.execPath, args, { stdio: "inherit" });
			}
			if (!proc.killed) [
				"SIGUSR1",
				"SIGUSR2",
				"SIGTERM",
				"SIGINT",
				"SIGHUP"
			].forEach((signal) => {
				process.on(signal, () => {
					if (proc.killed === false && proc.exitCode === null) proc.kill(signal);
				});
			});
			const exitCallback = this._exitCallback;
			proc.on("close", (code) => {
				code = code ?? 1;
				if (!exitCallback) process.exit(code);
				else exitCallback(new CommanderError(code, "commander.executeSubCommandAsync", "(close)"));
			});
			proc.on("error", (err) => {
				if (err.code === "ENOENT") this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				else if (err.code === "EACCES") throw new Error(`'${executableFile}' not executable`);
				if (!exitCallback) process.exit(1);
				else {
					const wrappedError = new CommanderError(1, "commander.executeSubCommandAsync", "(error)");
					wrappedError.nestedError = err;
					exitCallback(wrappedError);
				}
			});
			this.runningCommand = proc;
		}
		/**
		* @private
		*/
		_dispatchSubcommand(commandName, operands, unknown) {
			const subCommand = this._findCommand(commandName);
			if (!subCommand) this.help({ error: true });
			subCommand._prepareForParse();
			let promiseChain;
			promiseChain = this._chainOrCallSubCommandHook(promiseChain, subCommand, "preSubcommand");
			promiseChain = this._chainOrCall(promiseChain, () => {
				if (subCommand._executableHandler) this._executeSubCommand(subCommand, operands.concat(unknown));
				else return subCommand._parseCommand(operands, unknown);
			});
			return promiseChain;
		}
		/**
		* Invoke help directly if possible, or dispatch if necessary.
		* e.g. help foo
		*
		* @private
		*/
		_dispatchHelpCommand(subcommandName) {
			if (!subcommandName) this.help();
			const subCommand = this._findCommand(subcommandName);
			if (subCommand && !subCommand._executableHandler) subCommand.help();
			return this._dispatchSubcommand(subcommandName, [], [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]);
		}
		/**
		* Check this.args against expected this.registeredArguments.
		*
		* @private
		*/
		_checkNumberOfArguments() {
			this.registeredArguments.forEach((arg, i) => {
				if (arg.required && this.args[i] == null) this.missingArgument(arg.name());
			});
			if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) return;
			if (this.args.length > this.registeredArguments.length) this._excessArguments(this.args);
		}
		/**
		* Process this.args using this.registeredArguments and save as this.processedArgs!
		*
		* @private
		*/
		_processArguments() {
			const myParseArg = (argument, value, previous) => {
				let parsedValue = value;
				if (value !== null && argument.parseArg) {
					const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
					parsedValue = this._callParseArg(argument, value, previous, invalidValueMessage);
				}
				return parsedValue;
			};
			this._checkNumberOfArguments();
			const processedArgs = [];
			this.registeredArguments.forEach((declaredArg, index) => {
				let value = declaredArg.defaultValue;
				if (declaredArg.variadic) {
					if (index < this.args.length) {
						value = this.args.slice(index);
						if (declaredArg.parseArg) value = value.reduce((processed, v) => {
							return myParseArg(declaredArg, v, processed);
						}, declaredArg.defaultValue);
					} else if (value === void 0) value = [];
				} else if (index < this.args.length) {
					value = this.args[index];
					if (declaredArg.parseArg) value = myParseArg(declaredArg, value, declaredArg.defaultValue);
				}
				processedArgs[index] = value;
			});
			this.processedArgs = processedArgs;
		}
		/**
		* Once we have a promise we chain, but call synchronously until then.
		*
		* @param {(Promise|undefined)} promise
		* @param {Function} fn
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCall(promise, fn) {
			if (promise?.then && typeof promise.then === "function") return promise.then(() => fn());
			return fn();
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallHooks(promise, event) {
			let result = promise;
			const hooks = [];
			this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
				hookedCommand._lifeCycleHooks[event].forEach((callback) => {
					hooks.push({
						hookedCommand,
						callback
					});
				});
			});
			if (event === "postAction") hooks.reverse();
			hooks.forEach((hookDetail) => {
				result = this._chainOrCall(result, () => {
					return hookDetail.callback(hookDetail.hookedCommand, this);
				});
			});
			return result;
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {Command} subCommand
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallSubCommandHook(promise, subCommand, event) {
			let result = promise;
			if (this._lifeCycleHooks[event] !== void 0) this._lifeCycleHooks[event].forEach((hook) => {
				result = this._chainOrCall(result, () => {
					return hook(this, subCommand);
				});
			});
			return result;
		}
		/**
		* Process arguments in context of this command.
		* Returns action result, in case it is a promise.
		*
		* @private
		*/
		_parseCommand(operands, unknown) {
			const parsed = this.parseOptions(unknown);
			this._parseOptionsEnv();
			this._parseOptionsImplied();
			operands = operands.concat(parsed.operands);
			unknown = parsed.unknown;
			this.args = operands.concat(unknown);
			if (operands && this._findCommand(operands[0])) return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
			if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) return this._dispatchHelpCommand(operands[1]);
			if (this._defaultCommandName) {
				this._outputHelpIfRequested(unknown);
				return this._dispatchSubcommand(this._defaultCommandName, operands, unknown);
			}
			if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) this.help({ error: true });
			this._outputHelpIfRequested(parsed.unknown);
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			const checkForUnknownOptions = () => {
				if (parsed.unknown.length > 0) this.unknownOption(parsed.unknown[0]);
			};
			const commandEvent = `command:${this.name()}`;
			if (this._actionHandler) {
				checkForUnknownOptions();
				this._processArguments();
				let promiseChain;
				promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
				promiseChain = this._chainOrCall(promiseChain, () => this._actionHandler(this.processedArgs));
				if (this.parent) promiseChain = this._chainOrCall(promiseChain, () => {
					this.parent.emit(commandEvent, operands, unknown);
				});
				promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
				return promiseChain;
			}
			if (this.parent?.listenerCount(commandEvent)) {
				checkForUnknownOptions();
				this._processArguments();
				this.parent.emit(commandEvent, operands, unknown);
			} else if (operands.length) {
				if (this._findCommand("*")) return this._dispatchSubcommand("*", operands, unknown);
				if (this.listenerCount("command:*")) this.emit("command:*", operands, unknown);
				else if (this.commands.length) this.unknownCommand();
				else {
					checkForUnknownOptions();
					this._processArguments();
				}
			} else if (this.commands.length) {
				checkForUnknownOptions();
				this.help({ error: true });
			} else {
				checkForUnknownOptions();
				this._processArguments();
			}
		}
		/**
		* Find matching command.
		*
		* @private
		* @return {Command | undefined}
		*/
		_findCommand(name) {
			if (!name) return void 0;
			return this.commands.find((cmd) => cmd._name === name || cmd._aliases.includes(name));
		}
		/**
		* Return an option matching `arg` if any.
		*
		* @param {string} arg
		* @return {Option}
		* @package
		*/
		_findOption(arg) {
			return this.options.find((option) => option.is(arg));
		}
		/**
		* Display an error message if a mandatory option does not have a value.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForMissingMandatoryOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd.options.forEach((anOption) => {
					if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) cmd.missingMandatoryOptionValue(anOption);
				});
			});
		}
		/**
		* Display an error message if conflicting options are used together in this.
		*
		* @private
		*/
		_checkForConflictingLocalOptions() {
			const definedNonDefaultOptions = this.options.filter((option) => {
				const optionKey = option.attributeName();
				if (this.getOptionValue(optionKey) === void 0) return false;
				return this.getOptionValueSource(optionKey) !== "default";
			});
			definedNonDefaultOptions.filter((option) => option.conflictsWith.length > 0).forEach((option) => {
				const conflictingAndDefined = definedNonDefaultOptions.find((defined) => option.conflictsWith.includes(defined.attributeName()));
				if (conflictingAndDefined) this._conflictingOption(option, conflictingAndDefined);
			});
		}
		/**
		* Display an error message if conflicting options are used together.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForConflictingOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd._checkForConflictingLocalOptions();
			});
		}
		/**
		* Parse options from `argv` removing known options,
		* and return argv split into operands and unknown arguments.
		*
		* Side effects: modifies command by storing options. Does not reset state if called again.
		*
		* Examples:
		*
		*     argv => operands, unknown
		*     --known kkk op => [op], []
		*     op --known kkk => [op], []
		*     sub --unknown uuu op => [sub], [--unknown uuu op]
		*     sub -- --unknown uuu op => [sub --unknown uuu op], []
		*
		* @param {string[]} args
		* @return {{operands: string[], unknown: string[]}}
		*/
		parseOptions(args) {
			const operands = [];
			const unknown = [];
			let dest = operands;
			function maybeOption(arg) {
				return arg.length > 1 && arg[0] === "-";
			}
			const negativeNumberArg = (arg) => {
				if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
				return !this._getCommandAndAncestors().some((cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short)));
			};
			let activeVariadicOption = null;
			let activeGroup = null;
			let i = 0;
			while (i < args.length || activeGroup) {
				const arg = activeGroup ?? args[i++];
				activeGroup = null;
				if (arg === "--") {
					if (dest === unknown) dest.push(arg);
					dest.push(...args.slice(i));
					break;
				}
				if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
					this.emit(`option:${activeVariadicOption.name()}`, arg);
					continue;
				}
				activeVariadicOption = null;
				if (maybeOption(arg)) {
					const option = this._findOption(arg);
					if (option) {
						if (option.required) {
							const value = args[i++];
							if (value === void 0) this.optionMissingArgument(option);
							this.emit(`option:${option.name()}`, value);
						} else if (option.optional) {
							let value = null;
							if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) value = args[i++];
							this.emit(`option:${option.name()}`, value);
						} else this.emit(`option:${option.name()}`);
						activeVariadicOption = option.variadic ? option : null;
						continue;
					}
				}
				if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
					const option = this._findOption(`-${arg[1]}`);
					if (option) {
						if (option.required || option.optional && this._combineFlagAndOptionalValue) this.emit(`option:${option.name()}`, arg.slice(2));
						else {
							this.emit(`option:${option.name()}`);
							activeGroup = `-${arg.slice(2)}`;
						}
						continue;
					}
				}
				if (/^--[^=]+=/.test(arg)) {
					const index = arg.indexOf("=");
					const option = this._findOption(arg.slice(0, index));
					if (option && (option.required || option.optional)) {
						this.emit(`option:${option.name()}`, arg.slice(index + 1));
						continue;
					}
				}
				if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) dest = unknown;
				if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
					if (this._findCommand(arg)) {
						operands.push(arg);
						unknown.push(...args.slice(i));
						break;
					} else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
						operands.push(arg, ...args.slice(i));
						break;
					} else if (this._defaultCommandName) {
						unknown.push(arg, ...args.slice(i));
						break;
					}
				}
				if (this._passThroughOptions) {
					dest.push(arg, ...args.slice(i));
					break;
				}
				dest.push(arg);
			}
			return {
				operands,
				unknown
			};
		}
		/**
		* Return an object containing local option values as key-value pairs.
		*
		* @return {object}
		*/
		opts() {
			if (this._storeOptionsAsProperties) {
				const result = {};
				const len = this.options.length;
				for (let i = 0; i < len; i++) {
					const key = this.options[i].attributeName();
					result[key] = key === this._versionOptionName ? this._version : this[key];
				}
				return result;
			}
			return this._optionValues;
		}
		/**
		* Return an object containing merged local and global option values as key-value pairs.
		*
		* @return {object}
		*/
		optsWithGlobals() {
			return this._getCommandAndAncestors().reduce((combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()), {});
		}
		/**
		* Display error message and exit (or call exitOverride).
		*
		* @param {string} message
		* @param {object} [errorOptions]
		* @param {string} [errorOptions.code] - an id string representing the error
		* @param {number} [errorOptions.exitCode] - used with process.exit
		*/
		error(message, errorOptions) {
			this._outputConfiguration.outputError(`${message}\n`, this._outputConfiguration.writeErr);
			if (typeof this._showHelpAfterError === "string") this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
			else if (this._showHelpAfterError) {
				this._outputConfiguration.writeErr("\n");
				this.outputHelp({ error: true });
			}
			const config = errorOptions || {};
			const exitCode = config.exitCode || 1;
			const code = config.code || "commander.error";
			this._exit(exitCode, code, message);
		}
		/**
		* Apply any option related environment variables, if option does
		* not have a value from cli or client code.
		*
		* @private
		*/
		_parseOptionsEnv() {
			this.options.forEach((option) => {
				if (option.envVar && option.envVar in process.env) {
					const optionKey = option.attributeName();
					if (this.getOptionValue(optionKey) === void 0 || [
						"default",
						"config",
						"env"
					].includes(this.getOptionValueSource(optionKey))) {
						if (option.required || option.optional) this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
						else this.emit(`optionEnv:${option.name()}`);
					}
				}
			});
		}
		/**
		* Apply any implied option values, if option is undefined or default value.
		*
		* @private
		*/
		_parseOptionsImplied() {
			const dualHelper = new DualOptions(this.options);
			const hasCustomOptionValue = (optionKey) => {
				return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
			};
			this.options.filter((option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(this.getOptionValue(option.attributeName()), option)).forEach((option) => {
				Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
					this.setOptionValueWithSource(impliedKey, option.implied[impliedKey], "implied");
				});
			});
		}
		/**
		* Argument `name` is missing.
		*
		* @param {string} name
		* @private
		*/
		missingArgument(name) {
			const message = `error: missing required argument '${name}'`;
			this.error(message, { code: "commander.missingArgument" });
		}
		/**
		* `Option` is missing an argument.
		*
		* @param {Option} option
		* @private
		*/
		optionMissingArgument(option) {
			const message = `error: option '${option.flags}' argument missing`;
			this.error(message, { code: "commander.optionMissingArgument" });
		}
		/**
		* `Option` does not have a value, and is a mandatory option.
		*
		* @param {Option} option
		* @private
		*/
		missingMandatoryOptionValue(option) {
			const message = `error: required option '${option.flags}' not specified`;
			this.error(message, { code: "commander.missingMandatoryOptionValue" });
		}
		/**
		* `Option` conflicts with another option.
		*
		* @param {Option} option
		* @param {Option} conflictingOption
		* @private
		*/
		_conflictingOption(option, conflictingOption) {
			const findBestOptionFromValue = (option) => {
				const optionKey = option.attributeName();
				const optionValue = this.getOptionValue(optionKey);
				const negativeOption = this.options.find((target) => target.negate && optionKey === target.attributeName());
				const positiveOption = this.options.find((target) => !target.negate && optionKey === target.attributeName());
				if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) return negativeOption;
				return positiveOption || option;
			};
			const getErrorMessage = (option) => {
				const bestOption = findBestOptionFromValue(option);
				const optionKey = bestOption.attributeName();
				if (this.getOptionValueSource(optionKey) === "env") return `environment variable '${bestOption.envVar}'`;
				return `option '${bestOption.flags}'`;
			};
			const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
			this.error(message, { code: "commander.conflictingOption" });
		}
		/**
		* Unknown option `flag`.
		*
		* @param {string} flag
		* @private
		*/
		unknownOption(flag) {
			if (this._allowUnknownOption) return;
			let suggestion = "";
			if (flag.startsWith("--") && this._showSuggestionAfterError) {
				let candidateFlags = [];
				let command = this;
				do {
					const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
					candidateFlags = candidateFlags.concat(moreFlags);
					command = command.parent;
				} while (command && !command._enablePositionalOptions);
				suggestion = suggestSimilar(flag, candidateFlags);
			}
			const message = `error: unknown option '${flag}'${suggestion}`;
			this.error(message, { code: "commander.unknownOption" });
		}
		/**
		* Excess arguments, more than expected.
		*
		* @param {string[]} receivedArgs
		* @private
		*/
		_excessArguments(receivedArgs) {
			if (this._allowExcessArguments) return;
			const expected = this.registeredArguments.length;
			const s = expected === 1 ? "" : "s";
			const message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
			this.error(message, { code: "commander.excessArguments" });
		}
		/**
		* Unknown command.
		*
		* @private
		*/
		unknownCommand() {
			const unknownName = this.args[0];
			let suggestion = "";
			if (this._showSuggestionAfterError) {
				const candidateNames = [];
				this.createHelp().visibleCommands(this).forEach((command) => {
					candidateNames.push(command.name());
					if (command.alias()) candidateNames.push(command.alias());
				});
				suggestion = suggestSimilar(unknownName, candidateNames);
			}
			const message = `error: unknown command '${unknownName}'${suggestion}`;
			this.error(message, { code: "commander.unknownCommand" });
		}
		/**
		* Get or set the program version.
		*
		* This method auto-registers the "-V, --version" option which will print the version number.
		*
		* You can optionally supply the flags and description to override the defaults.
		*
		* @param {string} [str]
		* @param {string} [flags]
		* @param {string} [description]
		* @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
		*/
		version(str, flags, description) {
			if (str === void 0) return this._version;
			this._version = str;
			flags = flags || "-V, --version";
			description = description || "output the version number";
			const versionOption = this.createOption(flags, description);
			this._versionOptionName = versionOption.attributeName();
			this._registerOption(versionOption);
			this.on("option:" + versionOption.name(), () => {
				this._outputConfiguration.writeOut(`${str}\n`);
				this._exit(0, "commander.version", str);
			});
			return this;
		}
		/**
		* Set the description.
		*
		* @param {string} [str]
		* @param {object} [argsDescription]
		* @return {(string|Command)}
		*/
		description(str, argsDescription) {
			if (str === void 0 && argsDescription === void 0) return this._description;
			this._description = str;
			if (argsDescription) this._argsDescription = argsDescription;
			return this;
		}
		/**
		* Set the summary. Used when listed as subcommand of parent.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		summary(str) {
			if (str === void 0) return this._summary;
			this._summary = str;
			return this;
		}
		/**
		* Set an alias for the command.
		*
		* You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
		*
		* @param {string} [alias]
		* @return {(string|Command)}
		*/
		alias(alias) {
			if (alias === void 0) return this._aliases[0];
			/** @type {Command} */
			let command = this;
			if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) command = this.commands[this.commands.length - 1];
			if (alias === command._name) throw new Error("Command alias can't be the same as its name");
			const matchingCommand = this.parent?._findCommand(alias);
			if (matchingCommand) {
				const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
				throw new Error(`cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`);
			}
			command._aliases.push(alias);
			return this;
		}
		/**
		* Set aliases for the command.
		*
		* Only the first alias is shown in the auto-generated help.
		*
		* @param {string[]} [aliases]
		* @return {(string[]|Command)}
		*/
		aliases(aliases) {
			if (aliases === void 0) return this._aliases;
			aliases.forEach((alias) => this.alias(alias));
			return this;
		}
		/**
		* Set / get the command usage `str`.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		usage(str) {
			if (str === void 0) {
				if (this._usage) return this._usage;
				const args = this.registeredArguments.map((arg) => {
					return humanReadableArgName(arg);
				});
				return [].concat(this.options.length || this._helpOption !== null ? "[options]" : [], this.commands.length ? "[command]" : [], this.registeredArguments.length ? args : []).join(" ");
			}
			this._usage = str;
			return this;
		}
		/**
		* Get or set the name of the command.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		name(str) {
			if (str === void 0) return this._name;
			this._name = str;
			return this;
		}
		/**
		* Set/get the help group heading for this subcommand in parent command's help.
		*
		* @param {string} [heading]
		* @return {Command | string}
		*/
		helpGroup(heading) {
			if (heading === void 0) return this._helpGroupHeading ?? "";
			this._helpGroupHeading = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for subcommands added to this command.
		* (This does not override a group set directly on the subcommand using .helpGroup().)
		*
		* @example
		* program.commandsGroup('Development Commands:);
		* program.command('watch')...
		* program.command('lint')...
		* ...
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		commandsGroup(heading) {
			if (heading === void 0) return this._defaultCommandGroup ?? "";
			this._defaultCommandGroup = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for options added to this command.
		* (This does not override a group set directly on the option using .helpGroup().)
		*
		* @example
		* program
		*   .optionsGroup('Development Options:')
		*   .option('-d, --debug', 'output extra debugging')
		*   .option('-p, --profile', 'output profiling information')
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		optionsGroup(heading) {
			if (heading === void 0) return this._defaultOptionGroup ?? "";
			this._defaultOptionGroup = heading;
			return this;
		}
		/**
		* @param {Option} option
		* @private
		*/
		_initOptionGroup(option) {
			if (this._defaultOptionGroup && !option.helpGroupHeading) option.helpGroup(this._defaultOptionGroup);
		}
		/**
		* @param {Command} cmd
		* @private
		*/
		_initCommandGroup(cmd) {
			if (this._defaultCommandGroup && !cmd.helpGroup()) cmd.helpGroup(this._defaultCommandGroup);
		}
		/**
		* Set the name of the command from script filename, such as process.argv[1],
		* or require.main.filename, or __filename.
		*
		* (Used internally and public although not documented in README.)
		*
		* @example
		* program.nameFromFilename(require.main.filename);
		*
		* @param {string} filename
		* @return {Command}
		*/
		nameFromFilename(filename) {
			this._name = path.basename(filename, path.extname(filename));
			return this;
		}
		/**
		* Get or set the directory for searching for executable subcommands of this command.
		*
		* @example
		* program.executableDir(__dirname);
		* // or
		* program.executableDir('subcommands');
		*
		* @param {string} [path]
		* @return {(string|null|Command)}
		*/
		executableDir(path) {
			if (path === void 0) return this._executableDir;
			this._executableDir = path;
			return this;
		}
		/**
		* Return program help documentation.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
		* @return {string}
		*/
		helpInformation(contextOptions) {
			const helper = this.createHelp();
			const context = this._getOutputContext(contextOptions);
			helper.prepareContext({
				error: context.error,
				helpWidth: context.helpWidth,
				outputHasColors: context.hasColors
			});
			const text = helper.formatHelp(this, helper);
			if (context.hasColors) return text;
			return this._outputConfiguration.stripColor(text);
		}
		/**
		* @typedef HelpContext
		* @type {object}
		* @property {boolean} error
		* @property {number} helpWidth
		* @property {boolean} hasColors
		* @property {function} write - includes stripColor if needed
		*
		* @returns {HelpContext}
		* @private
		*/
		_getOutputContext(contextOptions) {
			contextOptions = contextOptions || {};
			const error = !!contextOptions.error;
			let baseWrite;
			let hasColors;
			let helpWidth;
			if (error) {
				baseWrite = (str) => this._outputConfiguration.writeErr(str);
				hasColors = this._outputConfiguration.getErrHasColors();
				helpWidth = this._outputConfiguration.getErrHelpWidth();
			} else {
				baseWrite = (str) => this._outputConfiguration.writeOut(str);
				hasColors = this._outputConfiguration.getOutHasColors();
				helpWidth = this._outputConfiguration.getOutHelpWidth();
			}
			const write = (str) => {
				if (!hasColors) str = this._outputConfiguration.stripColor(str);
				return baseWrite(str);
			};
			return {
				error,
				write,
				hasColors,
				helpWidth
			};
		}
		/**
		* Output help information for this command.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		outputHelp(contextOptions) {
			let deprecatedCallback;
			if (typeof contextOptions === "function") {
				deprecatedCallback = contextOptions;
				contextOptions = void 0;
			}
			const outputContext = this._getOutputContext(contextOptions);
			/** @type {HelpTextEventContext} */
			const eventContext = {
				error: outputContext.error,
				write: outputContext.write,
				command: this
			};
			this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
			this.emit("beforeHelp", eventContext);
			let helpInformation = this.helpInformation({ error: outputContext.error });
			if (deprecatedCallback) {
				helpInformation = deprecatedCallback(helpInformation);
				if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) throw new Error("outputHelp callback must return a string or a Buffer");
			}
			outputContext.write(helpInformation);
			if (this._getHelpOption()?.long) this.emit(this._getHelpOption().long);
			this.emit("afterHelp", eventContext);
			this._getCommandAndAncestors().forEach((command) => command.emit("afterAllHelp", eventContext));
		}
		/**
		* You can pass in flags and a description to customise the built-in help option.
		* Pass in false to disable the built-in help option.
		*
		* @example
		* program.helpOption('-?, --help' 'show help'); // customise
		* program.helpOption(false); // disable
		*
		* @param {(string | boolean)} flags
		* @param {string} [description]
		* @return {Command} `this` command for chaining
		*/
		helpOption(flags, description) {
			if (typeof flags === "boolean") {
				if (flags) {
					if (this._helpOption === null) this._helpOption = void 0;
					if (this._defaultOptionGroup) this._initOptionGroup(this._getHelpOption());
				} else this._helpOption = null;
				return this;
			}
			this._helpOption = this.createOption(flags ?? "-h, --help", description ?? "display help for command");
			if (flags || description) this._initOptionGroup(this._helpOption);
			return this;
		}
		/**
		* Lazy create help option.
		* Returns null if has been disabled with .helpOption(false).
		*
		* @returns {(Option | null)} the help option
		* @package
		*/
		_getHelpOption() {
			if (this._helpOption === void 0) this.helpOption(void 0, void 0);
			return this._helpOption;
		}
		/**
		* Supply your own option to use for the built-in help option.
		* This is an alternative to using helpOption() to customise the flags and description etc.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addHelpOption(option) {
			this._helpOption = option;
			this._initOptionGroup(option);
			return this;
		}
		/**
		* Output help information and exit.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		help(contextOptions) {
			this.outputHelp(contextOptions);
			let exitCode = Number(process.exitCode ?? 0);
			if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) exitCode = 1;
			this._exit(exitCode, "commander.help", "(outputHelp)");
		}
		/**
		* // Do a little typing to coordinate emit and listener for the help text events.
		* @typedef HelpTextEventContext
		* @type {object}
		* @property {boolean} error
		* @property {Command} command
		* @property {function} write
		*/
		/**
		* Add additional text to be displayed with the built-in help.
		*
		* Position is 'before' or 'after' to affect just this command,
		* and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
		*
		* @param {string} position - before or after built-in help
		* @param {(string | Function)} text - string to add, or a function returning a string
		* @return {Command} `this` command for chaining
		*/
		addHelpText(position, text) {
			const allowedValues = [
				"beforeAll",
				"before",
				"after",
				"afterAll"
			];
			if (!allowedValues.includes(position)) throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
			const helpEvent = `${position}Help`;
			this.on(helpEvent, (context) => {
				let helpStr;
				if (typeof text === "function") helpStr = text({
					error: context.error,
					command: context.command
				});
				else helpStr = text;
				if (helpStr) context.write(`${helpStr}\n`);
			});
			return this;
		}
		/**
		* Output help information if help flags specified
		*
		* @param {Array} args - array of options to search for help flags
		* @private
		*/
		_outputHelpIfRequested(args) {
			const helpOption = this._getHelpOption();
			if (helpOption && args.find((arg) => helpOption.is(arg))) {
				this.outputHelp();
				this._exit(0, "commander.helpDisplayed", "(outputHelp)");
			}
		}
	};
	/**
	* Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	*
	* @param {string[]} args - array of arguments from node.execArgv
	* @returns {string[]}
	* @private
	*/
	function incrementNodeInspectorPort(args) {
		return args.map((arg) => {
			if (!arg.startsWith("--inspect")) return arg;
			let debugOption;
			let debugHost = "127.0.0.1";
			let debugPort = "9229";
			let match;
			if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) debugOption = match[1];
			else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
				debugOption = match[1];
				if (/^\d+$/.test(match[3])) debugPort = match[3];
				else debugHost = match[3];
			} else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
				debugOption = match[1];
				debugHost = match[3];
				debugPort = match[4];
			}
			if (debugOption && debugPort !== "0") return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
			return arg;
		});
	}
	/**
	* @returns {boolean | undefined}
	* @package
	*/
	function useColor() {
		if (process.env.NO_COLOR || process.env.FORCE_COLOR === "0" || process.env.FORCE_COLOR === "false") return false;
		if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== void 0) return true;
	}
	exports.Command = Command;
	exports.useColor = useColor;
}));
const { program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help } = (/* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { Argument } = require_argument();
	const { Command } = require_command();
	const { CommanderError, InvalidArgumentError } = require_error();
	const { Help } = require_help();
	const { Option } = require_option();
	exports.program = new Command();
	exports.createCommand = (name) => new Command(name);
	exports.createOption = (flags, description) => new Option(flags, description);
	exports.createArgument = (name, description) => new Argument(name, description);
	/**
	* Expose classes
	*/
	exports.Command = Command;
	exports.Option = Option;
	exports.Argument = Argument;
	exports.Help = Help;
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
	exports.InvalidOptionArgumentError = InvalidArgumentError;
})))(), 1)).default;
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
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process$1.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
const { env } = process$1;
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
	if (process$1.platform === "win32") {
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
// dist/app/io.js
/**
* The process around a command: its streams and environment, passed in so that commands
* can run in tests without a real terminal.
*/
function processIO() {
	return {
		stdin: process.stdin,
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env
	};
}
/**
* A chalk for a stream: colour only on a terminal, never with --no-color or NO_COLOR,
* and as FORCE_COLOR says when it is set.
*/
function colorFor(stream, env, enabled) {
	if (!enabled || env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return new Chalk({ level: 0 });
	const force = env.FORCE_COLOR;
	if (force !== void 0) return new Chalk({ level: force === "" || force === "true" ? 1 : force === "false" ? 0 : Math.min(3, Number(force) || 0) });
	if (!stream.isTTY) return new Chalk({ level: 0 });
	return new Chalk({ level: stdoutColor ? stdoutColor.level : 1 });
}
async function readAll(stream) {
	const chunks = [];
	for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks);
}
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
/** The command line was used wrongly: an unknown option, a bad value, a missing argument. */
var UsageError = class extends SubsidyError {
	constructor(message) {
		super(message, EXIT.usage);
	}
};
/** A rules pack or a parameter is invalid. */
var RulesError = class extends SubsidyError {
	constructor(message) {
		super(message, EXIT.rules);
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
/** The field name a key or header stands for in a record of this type, if any. */
function fieldForKey(type, key) {
	const index = headerIndex.get(type);
	return index.get(key) ?? index.get(normalizeHeader(key));
}
function fieldSpec(type, name, extras = []) {
	return FIELDS[type].find((s) => s.name === name) ?? extras.find((s) => s.name === name);
}
/** The field a key or header stands for, among the record type's fields and the extra fields a pack adds. */
function fieldForKeyIn(type, key, extras) {
	const field = fieldForKey(type, key);
	if (field || !extras.length) return field;
	const n = normalizeHeader(key);
	return extras.find((e) => e.name === key || e.name === n || e.zh.some((z) => z === key || normalizeHeader(z) === n))?.name;
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
/** Today's date in China Standard Time, where the policy applies. */
function todayInChina(now = /* @__PURE__ */ new Date()) {
	const shifted = new Date(now.getTime() + 288e5);
	return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
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
const fail = (error) => new Invalid(error);
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
	if (typeof raw !== "string") return fail("expected a date such as 2020-02-20");
	if (raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45 && isDigit(raw, 0) && isDigit(raw, 1) && isDigit(raw, 2) && isDigit(raw, 3) && isDigit(raw, 5) && isDigit(raw, 6) && isDigit(raw, 8) && isDigit(raw, 9)) return isValidDate(digit$1(raw, 0) * 1e3 + digit$1(raw, 1) * 100 + digit$1(raw, 2) * 10 + digit$1(raw, 3), digit$1(raw, 5) * 10 + digit$1(raw, 6), digit$1(raw, 8) * 10 + digit$1(raw, 9)) ? ok(raw) : fail(`${raw} is not a date on the calendar`);
	const text = raw.trim();
	for (const form of DATE_FORMS) {
		const m = form.exec(text);
		if (!m) continue;
		const year = Number(m[1]);
		const month = Number(m[2]);
		const day = Number(m[3]);
		if (!isValidDate(year, month, day)) return fail(`${text} is not a date on the calendar`);
		return ok(formatDate(year, month, day));
	}
	return fail("expected a date as 2020-02-20, 2020/2/20 or 2020年2月20日");
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
		if (!Number.isFinite(raw)) return fail("expected an amount in yuan such as 1000 or 999.99");
		text = Math.abs(raw) < 0x38d7ea4c68000 ? String(raw) : raw.toFixed(0);
	} else if (typeof raw === "string") text = raw.trim();
	else return fail("expected an amount in yuan such as 1000 or 999.99");
	const plain = text.replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "");
	if (/^-/.test(plain)) return fail("an amount must not be negative");
	if (!MONEY.exec(plain)) {
		if (/^[\d,]*\.\d{3,}$/.test(plain)) return fail("an amount has at most two decimals (fen)");
		return fail("expected an amount in yuan such as 1000, 1,000.50 or 999.99");
	}
	const [whole, decimals = ""] = plain.replace(/,/g, "").split(".");
	const fen = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
	if (!Number.isSafeInteger(fen)) return fail("the amount is too large");
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
	if (!items || items.length === 0) return fail(`expected ${ENTERPRISE_CATEGORIES.join(", ")} (or 重点企业, 电子企业, 其他)`);
	const out = [];
	for (const item of items) {
		const c = CATEGORY_ALIASES[item] ?? CATEGORY_ALIASES[item.toLowerCase()];
		if (!c) return fail(`unknown enterprise category "${item}": allowed are ${ENTERPRISE_CATEGORIES.join(", ")} (重点企业, 电子企业, 其他); write both as key;electronics`);
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
	if (!items || items.length === 0) return fail("expected a group such as poverty_registered or migrant_worker");
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
	return fail("expected text");
}
const PLAIN_ID = /^[0-9A-Z]+$/;
/** What is wrong with an identification number that is not a string. */
function idNotText(raw) {
	return typeof raw === "number" ? "write the number as text (in quotes): a number loses its digits" : "expected an identification number as text";
}
/** An identification number as text, spaces removed and letters upper-cased (x → X). */
function idText(raw) {
	if (typeof raw !== "string") return fail(idNotText(raw));
	return PLAIN_ID.test(raw) ? raw : raw.replace(/\s+/g, "").toUpperCase();
}
/** A resident ID number (GB 11643): 18 characters with a valid birth date and check character. */
function parseResidentId(raw) {
	const id = idText(raw);
	if (isInvalid(id)) return id;
	const problem = residentIdProblem(id);
	return problem ? fail(problem) : id;
}
/** A unified social credit code (GB 32100): 18 characters of its set with a valid check character. */
function parseCreditCode(raw) {
	const code = idText(raw);
	if (isInvalid(code)) return code;
	const problem = creditCodeProblem(code);
	return problem ? fail(problem) : code;
}
/** A whole number, such as a count of months. */
function parseInteger(raw) {
	const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
	if (!/^[+-]?\d+$/.test(text)) return fail("expected a whole number such as 12");
	const n = Number(text);
	return Number.isSafeInteger(n) ? n : fail("the number is too large");
}
/** A decimal number. */
function parseNumber(raw) {
	const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim().replace(/,/g, "") : "";
	const n = Number(text);
	return text !== "" && Number.isFinite(n) ? n : fail("expected a number such as 12.5");
}
/** Several values: a list, or text separated by ; or 、. */
function parseList(raw) {
	const items = splitValues(raw);
	return items && items.length ? items : fail("expected one or more values, separated by ;");
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
/** A pack's declared fact as a field of the record types it names. */
function factField(name, fact) {
	return {
		name,
		kind: fact.type,
		zh: fact.zh,
		en: fact.label.en
	};
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
/** The data of a loaded pack, to compile it again elsewhere. */
function packData(pack) {
	const { name, version, path, overlays, spec, params, facts, asOf } = pack;
	return {
		name,
		version,
		path,
		overlays,
		spec,
		params,
		facts,
		...asOf ? { asOf } : {}
	};
}
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
/** Reads an --encoding value: auto, utf8 (utf-8), gb18030 (gbk, gb2312, cp936). */
function encodingChoice(value) {
	const v = value.toLowerCase().replace(/[-_]/g, "");
	if (v === "auto") return "auto";
	if (v === "utf8") return "utf8";
	if (v === "gb18030" || v === "gbk" || v === "gb2312" || v === "cp936") return "gb18030";
}
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
/**
* Decides the encoding of a file from its first bytes (whole lines): a UTF-8 BOM or valid
* UTF-8 is UTF-8; otherwise valid GB18030 is GB18030; otherwise it is neither.
*/
function detectEncoding(sample, file) {
	if (sample[0] === 239 && sample[1] === 187 && sample[2] === 191) return "utf8";
	if (sample[0] === 255 && sample[1] === 254 || sample[0] === 254 && sample[1] === 255) throw new InputError(`${file}: the file is UTF-16; save it as "CSV UTF-8" (or CSV) and try again`);
	if (sample.every((b) => b < 128)) return "undecided";
	if (decodes(sample, "utf8")) return "utf8";
	if (decodes(sample, "gb18030")) return "gb18030";
	throw new InputError(`${file}: the text is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8, or name its encoding with --encoding utf8|gb18030`);
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
const NO_EXTRAS = {
	placement: [],
	hire: [],
	startup: []
};
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
/** Reads a header row; throws InputError when the type cannot be known or a column is given twice. */
function csvLayout(file, header, givenType, extras = NO_EXTRAS) {
	const headers = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, "") : h).trim());
	const typeColumn = headers.findIndex((h) => {
		const n = normalizeHeader(h);
		return n === TYPE_FIELD.name || TYPE_FIELD.zh.includes(n);
	});
	const fixedType = typeColumn === -1 ? givenType : void 0;
	if (typeColumn === -1 && !fixedType) throw new InputError(`${file}:1: no type column (type or 类型); add one, or give the record type with --type placement|hire|startup`);
	const columns = Object.fromEntries(RECORD_TYPES.map((t) => [t, headers.map((h, i) => i === typeColumn ? void 0 : fieldForKeyIn(t, h, extras[t]))]));
	const layout = {
		file,
		headers,
		typeColumn,
		columns,
		...fixedType ? { fixedType } : {},
		...givenType && !fixedType ? { defaultType: givenType } : {}
	};
	for (const type of fixedType ? [fixedType] : RECORD_TYPES) {
		const seen = /* @__PURE__ */ new Map();
		columns[type].forEach((field, i) => {
			if (field === void 0) return;
			const first = seen.get(field);
			if (first !== void 0) throw new InputError(`${file}:1: columns ${first + 1} ("${headers[first]}") and ${i + 1} ("${headers[i]}") both hold ${field}; keep one`);
			seen.set(field, i);
		});
	}
	if (fixedType) {
		const error = missingColumnError(layout, fixedType);
		if (error) throw error;
	}
	return layout;
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
const QUOTE$2 = 34;
const COMMA$2 = 44;
const LF$3 = 10;
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
	let quote = bytes.indexOf(QUOTE$2);
	while (pos < end) {
		if (quote !== -1 && quote < pos) quote = bytes.indexOf(QUOTE$2, pos);
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
			if (b > COMMA$2) continue;
			if (b === COMMA$2) {
				starts[count] = cellStart;
				ends[count] = nl;
				count++;
				cellStart = nl + 1;
			} else if (b === LF$3) break;
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
				if (b !== COMMA$2 && b !== SPACE && b !== TAB && b !== CR$1) blank = false;
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
		if (bytes[pos] === QUOTE$2) {
			const opened = line;
			value = "";
			let from = pos + 1;
			for (;;) {
				const close = bytes.indexOf(QUOTE$2, from);
				if (close === -1) throw new CsvSyntaxError(file, opened, "a quoted field is never closed (an unmatched \"); close the quote or remove it");
				for (let i = bytes.indexOf(LF$3, from); i !== -1 && i < close; i = bytes.indexOf(LF$3, i + 1)) line++;
				value += bytes.toString("utf8", from, close);
				if (bytes[close + 1] === QUOTE$2) {
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
		if (pos < end && bytes[pos] === COMMA$2) {
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
		if (c === COMMA$2 || c === LF$3 || c === CR$1 && bytes[pos + 1] === LF$3) return pos;
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
const OP_WORDS$1 = {
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
			const op = OP_WORDS$1[spec.op][lang];
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
/**
* Parameters: the pieces the source leaves to local regulation. Each has a type and a
* default in the pack; `--params FILE` and `--param name=value` override them, in that order.
*/
const TYPE_WORDS = {
	money: "an amount in yuan such as 600 or 999.99",
	integer: "a whole number such as 3",
	list: "a list of values, comma-separated on the command line (a,b)"
};
/** Reads a parameter value given as text (from --param) or as YAML/JSON data (from --params or a pack). */
function parseParamValue(spec, raw, districts) {
	if (raw === null) return spec.type === "list" ? {
		ok: true,
		value: []
	} : {
		ok: true,
		value: null
	};
	switch (spec.type) {
		case "money": {
			const r = parseMoney(raw);
			return isInvalid(r) ? {
				ok: false,
				error: r.error
			} : {
				ok: true,
				value: r
			};
		}
		case "integer": {
			const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
			return Number.isSafeInteger(n) && n >= 0 ? {
				ok: true,
				value: n
			} : {
				ok: false,
				error: `expected ${TYPE_WORDS.integer}`
			};
		}
		case "list": {
			const items = typeof raw === "string" ? splitValues(raw.replace(/[,，]/g, ";")) : splitValues(Array.isArray(raw) ? raw.map(String) : raw);
			if (!items) return {
				ok: false,
				error: `expected ${TYPE_WORDS.list}`
			};
			if (spec.of === "enterprise_category") {
				const r = parseCategories(items);
				return isInvalid(r) ? {
					ok: false,
					error: r.error
				} : {
					ok: true,
					value: r
				};
			}
			if (spec.of === "group") return {
				ok: true,
				value: [...new Set(items.map(normalizeGroup))]
			};
			if (spec.of === "district") return {
				ok: true,
				value: [...new Set(items.map(districts))]
			};
			return {
				ok: true,
				value: items
			};
		}
	}
}
/** A parameter's value as shown to people and in JSON: yuan for money. */
function paramDisplayValue(p) {
	if (p.value === null) return null;
	if (p.spec.type === "money") return Number(formatFen(p.value));
	return p.value;
}
function known(params) {
	return [...params.values()].map((p) => `${p.name} (${p.spec.type})`).join(", ");
}
function setParam(params, name, raw, source, where, districts) {
	const current = params.get(name);
	if (!current) throw new RulesError(`${where}: unknown parameter "${name}". Known parameters: ${known(params)}`);
	const r = parseParamValue(current.spec, raw, districts);
	if (!r.ok) throw new RulesError(`${where}: parameter ${name} = ${JSON.stringify(raw)}: ${r.error}. Known parameters: ${known(params)}`);
	params.set(name, {
		...current,
		value: r.value,
		source
	});
}
/** The pack's parameters with their defaults, then the overrides applied. */
function resolveParams(pack, districts, overrides = {}) {
	const params = /* @__PURE__ */ new Map();
	for (const [name, spec] of Object.entries(pack.params)) {
		const r = parseParamValue(spec, spec.default, districts);
		if (!r.ok) throw new RulesError(`rules pack ${pack.pack}: parameter ${name} has an invalid default: ${r.error}`);
		params.set(name, {
			name,
			spec,
			value: r.value,
			source: overrides.defaultSources?.[name] ?? "pack"
		});
	}
	for (const preset of overrides.presets ?? []) setParam(params, preset.name, preset.raw, preset.source, preset.source, districts);
	if (overrides.file) {
		const { name: fileName, values } = overrides.file;
		if (values === null || typeof values !== "object" || Array.isArray(values)) throw new RulesError(`${fileName}: a parameters file is a mapping of name: value. Known parameters: ${known(params)}`);
		for (const [name, raw] of Object.entries(values)) setParam(params, name, raw, "--params", fileName, districts);
	}
	for (const flag of overrides.flags ?? []) {
		const eq = flag.indexOf("=");
		if (eq <= 0) throw new RulesError(`--param ${flag}: write it as name=value (for example --param recruitment_amount=500)`);
		setParam(params, flag.slice(0, eq).trim(), flag.slice(eq + 1), "--param", `--param ${flag}`, districts);
	}
	return params;
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
const plain$1 = (head) => plainTable(head);
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
			const table = plain$1([
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
			const verdicts = plain$1([
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
			const programs = plain$1([
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
				const table = plain$1([
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
// dist/io/formats/types.js
const OUTPUT_FORMATS = [
	"table",
	"json",
	"ndjson",
	"csv"
];
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
const QUOTE$1 = 34;
const COMMA$1 = 44;
const LF$2 = 10;
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
		let quote = buf.indexOf(QUOTE$1);
		while (pos < end) {
			let nl = buf.indexOf(LF$2, pos);
			if (nl === -1) nl = end;
			if (quote !== -1 && quote < pos) quote = buf.indexOf(QUOTE$1, pos);
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
				for (let i = pos; i < lineEnd && n <= last; i++) if (buf[i] === COMMA$1) {
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
// dist/batch/executor.js
/**
* Runs batch jobs: in the main thread, or spread over worker threads. Results come back as
* promises; the caller awaits them in submission order. A batch with claims stays with whoever
* ran it until released, so that rows found to be duplicates can be written again (patched).
*/
/** The rows to patch as the processor takes them: row → program index → first claim. */
const patchMap = (rows) => new Map(rows.map(([row, programs]) => [row, new Map(programs)]));
function inThreadExecutor(pack, options) {
	const processor = new BatchProcessor(pack, options);
	const kept = /* @__PURE__ */ new Map();
	const attempt = (work) => {
		try {
			return Promise.resolve(work());
		} catch (e) {
			return Promise.reject(e);
		}
	};
	return {
		capacity: 1,
		keys: (job) => attempt(() => processor.keys(job)),
		track: (keys) => processor.track(keys),
		run: (job) => attempt(() => {
			const result = processor.run(job);
			if (result.claims) kept.set(job.seq, job);
			return result;
		}),
		patch: (seq, rows) => attempt(() => processor.run(kept.get(seq), patchMap(rows))),
		release: (seq) => kept.delete(seq),
		recycle: (bytes) => processor.recycle(bytes.buffer),
		close: async () => {}
	};
}
/**
* Starts worker threads. Each loads its code at once, then waits for the rules and options
* (see workerExecutor): started before the rules are loaded, they load both at the same time.
* They do not keep the process alive until an executor takes them.
*/
function startWorkers(count) {
	return Array.from({ length: count }, () => {
		const worker = new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: {
			maxOldGenerationSizeMb: 40,
			maxYoungGenerationSizeMb: 12
		} });
		worker.unref();
		worker.once("error", (e) => failedEarly.set(worker, e));
		worker.once("exit", (code) => failedEarly.has(worker) || failedEarly.set(worker, stopped(code)));
		return worker;
	});
}
const failedEarly = /* @__PURE__ */ new WeakMap();
const stopped = (code) => /* @__PURE__ */ new Error(`a worker thread stopped (exit code ${code})`);
/** Runs batches on these worker threads (from startWorkers), which it terminates when closed. */
function workerExecutor(threads, pack, options) {
	const init = {
		kind: "init",
		init: {
			pack: packData(pack),
			options
		}
	};
	const workers = threads.map((worker) => {
		worker.ref();
		worker.postMessage(init);
		const pending = /* @__PURE__ */ new Map();
		const w = {
			worker,
			pending,
			dead: failedEarly.get(worker)
		};
		worker.on("message", (m) => {
			if (m.ok) {
				const [seq, value] = "result" in m ? [m.result.seq, m.result] : "patch" in m ? [m.patch.seq, m.patch] : [m.keys.seq, m.keys.keys];
				const p = pending.get(seq);
				pending.delete(seq);
				p?.resolve(value);
				return;
			}
			const p = pending.get(m.seq);
			pending.delete(m.seq);
			if (!p) return;
			p.reject(m.exitCode !== void 0 ? new SubsidyError(m.message, m.exitCode) : Object.assign(new Error(m.message), { stack: m.stack }));
		});
		const died = (e) => {
			w.dead ??= e;
			for (const p of pending.values()) p.reject(w.dead);
			pending.clear();
		};
		worker.on("error", died);
		worker.on("exit", (code) => died(stopped(code)));
		return w;
	});
	const owner = /* @__PURE__ */ new Map();
	let recycled = 0;
	const send = (w, seq, message, transfer = []) => new Promise((resolve, reject) => {
		if (w.dead) return reject(w.dead);
		w.pending.set(seq, {
			resolve,
			reject
		});
		w.worker.postMessage(message, transfer);
	});
	return {
		capacity: workers.length * 3,
		keys(job) {
			const w = workers.reduce((a, b) => b.pending.size < a.pending.size ? b : a);
			return send(w, job.seq, {
				kind: "keys",
				job
			}, [job.bytes.buffer]);
		},
		track(keys) {
			for (const w of workers) w.worker.postMessage({
				kind: "track",
				keys
			});
		},
		run(job) {
			const w = workers.reduce((a, b) => b.pending.size < a.pending.size ? b : a);
			owner.set(job.seq, w);
			return send(w, job.seq, {
				kind: "run",
				job
			}, [job.bytes.buffer]);
		},
		patch(seq, rows) {
			return send(owner.get(seq), seq, {
				kind: "patch",
				seq,
				rows
			});
		},
		release(seq) {
			owner.get(seq)?.worker.postMessage({
				kind: "release",
				seq
			});
			owner.delete(seq);
		},
		recycle(bytes) {
			const buffer = bytes.buffer;
			workers[recycled++ % workers.length].worker.postMessage({
				kind: "recycle",
				buffer
			}, [buffer]);
		},
		async close() {
			await Promise.all(workers.map((w) => w.worker.terminate()));
		}
	};
}
// dist/batch/repeats.js
/**
* Which people occur more than once in a run: the first pass of a run over its files. Only
* they can have duplicate claims, so only they need to be remembered while evaluating — which
* keeps a run's memory the same whatever its number of rows.
*
* Keys are spread over partitions by hash. Each partition keeps a buffer of keys in memory;
* a full buffer is appended to a temporary file. At the end each partition in turn is read
* back and sorted, and its repeated keys collected. Memory: the buffers, one partition, and
* the repeated keys.
*/
var RepeatFinder = class {
	partitions;
	buffer;
	/** Each partition's keys in memory, made when it gets its first. */
	buffers;
	counts;
	fds;
	dir;
	bits;
	/**
	* @param partitions a power of two
	* @param buffer keys per partition kept in memory before they go to disk
	*/
	constructor(partitions = 64, buffer = 8192) {
		this.partitions = partitions;
		this.buffer = buffer;
		this.bits = Math.log2(partitions);
		this.buffers = new Array(partitions).fill(void 0);
		this.counts = new Int32Array(partitions);
		this.fds = new Array(partitions).fill(-1);
	}
	partitionOf(key) {
		if (this.bits === 0) return 0;
		return Math.imul((key | 0) ^ (key / 4294967296 | 0), 2654435761) >>> 32 - this.bits & this.partitions - 1;
	}
	add(keys) {
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i];
			const p = this.partitionOf(key);
			const buf = this.buffers[p] ??= new Float64Array(this.buffer);
			buf[this.counts[p]] = key;
			if (++this.counts[p] === this.buffer) this.spill(p);
		}
	}
	spill(p) {
		if (this.fds[p] === -1) {
			this.dir ??= mkdtempSync(join(tmpdir(), "subsidy-"));
			this.fds[p] = openSync(join(this.dir, `${p}.keys`), "w+");
		}
		const bytes = new Uint8Array(this.buffers[p].buffer, 0, this.counts[p] * 8);
		for (let at = 0; at < bytes.length;) at += writeSync(this.fds[p], bytes, at);
		this.counts[p] = 0;
	}
	/** The keys added more than once, each once, in no particular order. Removes the temporary files. */
	finish() {
		let out = /* @__PURE__ */ new Float64Array(256);
		let n = 0;
		try {
			for (let p = 0; p < this.partitions; p++) {
				const fd = this.fds[p];
				const onDisk = fd === -1 ? 0 : fstatSync(fd).size / 8;
				const keys = new Float64Array(onDisk + this.counts[p]);
				if (onDisk) {
					const bytes = new Uint8Array(keys.buffer, 0, onDisk * 8);
					for (let at = 0; at < bytes.length;) {
						const read = readSync(fd, bytes, at, bytes.length - at, at);
						if (read === 0) throw new Error(`temporary file of partition ${p} ended early`);
						at += read;
					}
				}
				const buffered = this.buffers[p];
				if (buffered) keys.set(buffered.subarray(0, this.counts[p]), onDisk);
				keys.sort();
				for (let i = 1; i < keys.length; i++) {
					if (keys[i] !== keys[i - 1] || i > 1 && keys[i - 1] === keys[i - 2]) continue;
					if (n === out.length) {
						const more = new Float64Array(n * 2);
						more.set(out);
						out = more;
					}
					out[n++] = keys[i];
				}
			}
		} finally {
			this.discard();
		}
		return out.slice(0, n);
	}
	/** Removes the temporary files (also after a failure or an interruption). */
	discard() {
		for (let p = 0; p < this.partitions; p++) {
			if (this.fds[p] !== -1) closeSync(this.fds[p]);
			this.fds[p] = -1;
			this.counts[p] = 0;
		}
		if (this.dir) rmSync(this.dir, {
			recursive: true,
			force: true
		});
		this.dir = void 0;
	}
};
// node_modules/yaml/dist/nodes/identity.js
var require_identity = /* @__PURE__ */ __commonJSMin(((exports) => {
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR:
			case SEQ: return true;
		}
		return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
	exports.ALIAS = ALIAS;
	exports.DOC = DOC;
	exports.MAP = MAP;
	exports.NODE_TYPE = NODE_TYPE;
	exports.PAIR = PAIR;
	exports.SCALAR = SCALAR;
	exports.SEQ = SEQ;
	exports.hasAnchor = hasAnchor;
	exports.isAlias = isAlias;
	exports.isCollection = isCollection;
	exports.isDocument = isDocument;
	exports.isMap = isMap;
	exports.isNode = isNode;
	exports.isPair = isPair;
	exports.isScalar = isScalar;
	exports.isSeq = isSeq;
}));
// node_modules/yaml/dist/visit.js
var require_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove node");
	/**
	* Apply a visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	function visit(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit.SKIP = SKIP;
	/** Remove the current node */
	visit.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
		const ctrl = callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visit_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	/**
	* Apply an async visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `Promise`: Must resolve to one of the following values
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	async function visitAsync(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
		const ctrl = await callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visitAsync_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
			Alias: visitor.Node,
			Map: visitor.Node,
			Scalar: visitor.Node,
			Seq: visitor.Node
		}, visitor.Value && {
			Map: visitor.Value,
			Scalar: visitor.Value,
			Seq: visitor.Value
		}, visitor.Collection && {
			Map: visitor.Collection,
			Seq: visitor.Collection
		}, visitor);
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (identity.isMap(node)) return visitor.Map?.(key, node, path);
		if (identity.isSeq(node)) return visitor.Seq?.(key, node, path);
		if (identity.isPair(node)) return visitor.Pair?.(key, node, path);
		if (identity.isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (identity.isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (identity.isCollection(parent)) parent.items[key] = node;
		else if (identity.isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (identity.isDocument(parent)) parent.contents = node;
		else {
			const pt = identity.isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	exports.visit = visit;
	exports.visitAsync = visitAsync;
}));
// node_modules/yaml/dist/doc/directives.js
var require_directives = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
		constructor(yaml, tags) {
			/**
			* The directives-end/doc-start marker `---`. If `null`, a marker may still be
			* included in the document's stringified representation.
			*/
			this.docStart = null;
			/** The doc-end marker `...`.  */
			this.docEnd = false;
			this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
			this.tags = Object.assign({}, Directives.defaultTags, tags);
		}
		clone() {
			const copy = new Directives(this.yaml, this.tags);
			copy.docStart = this.docStart;
			return copy;
		}
		/**
		* During parsing, get a Directives instance for the current document and
		* update the stream state according to the current version's spec.
		*/
		atDocument() {
			const res = new Directives(this.yaml, this.tags);
			switch (this.yaml.version) {
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
						const isValid = /^\d+\.\d+$/.test(version);
						onError(6, `Unsupported YAML version ${version}`, isValid);
						return false;
					}
				}
				default:
					onError(0, `Unknown directive ${name}`, true);
					return false;
			}
		}
		/**
		* Resolves a tag, matching handles to those defined in %TAG directives.
		*
		* @returns Resolved tag, which may also be the non-specific tag `'!'` or a
		*   `'!local'` tag, or `null` if unresolvable.
		*/
		tagName(source, onError) {
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
				const tags = {};
				visit.visit(doc.contents, (_key, node) => {
					if (identity.isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	exports.Directives = Directives;
}));
// node_modules/yaml/dist/doc/anchors.js
var require_anchors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit.visit(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
		let prevAnchors = null;
		return {
			onAnchor: (source) => {
				aliasObjects.push(source);
				prevAnchors ?? (prevAnchors = anchorNames(doc));
				const anchor = findNewAnchor(prefix, prevAnchors);
				prevAnchors.add(anchor);
				return anchor;
			},
			/**
			* With circular references, the source node is only resolved after all
			* of its child nodes are. This is why anchors are set only after all of
			* the nodes have been created.
			*/
			setAnchors: () => {
				for (const source of aliasObjects) {
					const ref = sourceObjects.get(source);
					if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
						error.source = source;
						throw error;
					}
				}
			},
			sourceObjects
		};
	}
	exports.anchorIsValid = anchorIsValid;
	exports.anchorNames = anchorNames;
	exports.createNodeAnchors = createNodeAnchors;
	exports.findNewAnchor = findNewAnchor;
}));
// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	exports.applyReviver = applyReviver;
}));
// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	/**
	* Recursively convert any node or its contents to native JavaScript
	*
	* @param value - The input value
	* @param arg - If `value` defines a `toJSON()` method, use this
	*   as its first argument
	* @param ctx - Conversion context, originally set in Document#toJS(). If
	*   `{ keep: true }` is not set, output should be suitable for JSON
	*   stringification.
	*/
	function toJS(value, arg, ctx) {
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !identity.hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	exports.toJS = toJS;
}));
// node_modules/yaml/dist/nodes/Node.js
var require_Node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var applyReviver = require_applyReviver();
	var identity = require_identity();
	var toJS = require_toJS();
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!identity.isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	exports.NodeBase = NodeBase;
}));
// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var visit = require_visit();
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	var Alias = class extends Node.NodeBase {
		constructor(source) {
			super(identity.ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit.visit(doc, { Node: (_key, node) => {
					if (identity.isAlias(node) || identity.hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS.toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
			const source = this.resolve(ctx.doc, ctx);
			if (!source) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new ReferenceError(msg);
			}
			return ctx.anchors.get(source).res;
		}
		toString(ctx, _onComment, _onChompKeep) {
			const src = `*${this.source}`;
			if (ctx) {
				anchors.anchorIsValid(this.source);
				if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
					const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
					throw new Error(msg);
				}
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (identity.isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (identity.isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (identity.isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	exports.Alias = Alias;
}));
// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends Node.NodeBase {
		constructor(value) {
			super(identity.SCALAR);
			this.value = value;
		}
		toJSON(arg, ctx) {
			return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
		}
		toString() {
			return String(this.value);
		}
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	exports.Scalar = Scalar;
	exports.isScalarValue = isScalarValue;
}));
// node_modules/yaml/dist/doc/createNode.js
var require_createNode = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var Scalar = require_Scalar();
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (identity.isDocument(value)) value = value.contents;
		if (identity.isNode(value)) return value;
		if (identity.isPair(value)) {
			const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias.Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar.Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	exports.createNode = createNode;
}));
// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var identity = require_identity();
	var Node = require_Node();
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode.createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends Node.NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
				value: schema,
				configurable: true,
				enumerable: false,
				writable: true
			});
		}
		/**
		* Create a copy of this collection.
		*
		* @param schema - If defined, overwrites the original's schema
		*/
		clone(schema) {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (identity.isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && identity.isScalar(node) ? node.value : node;
			else return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!identity.isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return identity.isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	exports.Collection = Collection;
	exports.collectionFromPath = collectionFromPath;
	exports.isEmptyPath = isEmptyPath;
}));
// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	exports.indentComment = indentComment;
	exports.lineComment = lineComment;
	exports.stringifyComment = stringifyComment;
}));
// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = /* @__PURE__ */ __commonJSMin(((exports) => {
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === FOLD_BLOCK) {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === FOLD_QUOTED && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === FOLD_QUOTED) {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
				res += `\n${indent}${text.slice(fold + 1, end)}`;
			}
		}
		return res;
	}
	/**
	* Presumes `i + 1` is at the start of a line
	* @returns index of last newline in more-indented block
	*/
	function consumeMoreIndentedLines(text, i, indent) {
		let end = i;
		let start = i + 1;
		let ch = text[start];
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	exports.FOLD_BLOCK = FOLD_BLOCK;
	exports.FOLD_FLOW = FOLD_FLOW;
	exports.FOLD_QUOTED = FOLD_QUOTED;
	exports.foldFlowLines = foldFlowLines;
}));
// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var foldFlowLines = require_foldFlowLines();
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.Scalar.BLOCK_FOLDED:
				case Scalar.Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	exports.stringifyString = stringifyString;
}));
// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var identity = require_identity();
	var stringifyComment = require_stringifyComment();
	var stringifyString = require_stringifyString();
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment.stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (identity.isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
		if (anchor && anchors.anchorIsValid(anchor)) {
			anchors$1.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (identity.isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (identity.isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	exports.createStringifyContext = createStringifyContext;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = identity.isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (identity.isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && identity.isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && identity.isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	exports.stringifyPair = stringifyPair;
}));
// node_modules/yaml/dist/log.js
var require_log = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	function debug(logLevel, ...messages) {
		if (logLevel === "debug") console.log(...messages);
	}
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") {
			if (typeof node_process.emitWarning === "function") node_process.emitWarning(warning);
			else console.warn(warning);
		}
	}
	exports.debug = debug;
	exports.warn = warn;
}));
// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	const MERGE_KEY = "<<";
	const merge = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (identity.isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!identity.isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	exports.addMergeToJSMap = addMergeToJSMap;
	exports.isMergeKey = isMergeKey;
	exports.merge = merge;
}));
// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var log = require_log();
	var merge = require_merge();
	var stringify = require_stringify();
	var identity = require_identity();
	var toJS = require_toJS();
	function addPairToJSMap(ctx, map, { key, value }) {
		if (identity.isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (merge.isMergeKey(ctx, key)) merge.addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS.toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS.toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS.toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (identity.isNode(key) && ctx?.doc) {
			const strCtx = stringify.createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	exports.addPairToJSMap = addPairToJSMap;
}));
// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyPair = require_stringifyPair();
	var addPairToJSMap = require_addPairToJSMap();
	var identity = require_identity();
	function createPair(key, value, ctx) {
		return new Pair(createNode.createNode(key, void 0, ctx), createNode.createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (identity.isNode(key)) key = key.clone(schema);
			if (identity.isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			return addPairToJSMap.addPairToJSMap(ctx, pair, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	exports.Pair = Pair;
	exports.createPair = createPair;
}));
// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify.stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
		const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
		itemIndent += indentStep;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			inFlow: true,
			type: null
		});
		let reqNewline = false;
		let linesAtValue = 0;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = identity.isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify.stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = stringifyComment.indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	exports.stringifyCollection = stringifyCollection;
}));
// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyCollection = require_stringifyCollection();
	var addPairToJSMap = require_addPairToJSMap();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	function findPair(items, key) {
		const k = identity.isScalar(key) ? key.value : key;
		for (const it of items) if (identity.isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (identity.isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
		}
		constructor(schema) {
			super(identity.MAP, schema);
			this.items = [];
		}
		/**
		* A generic collection parsing method that can be extended
		* to other node classes that inherit from YAMLMap
		*/
		static from(schema, obj, ctx) {
			const { keepUndefined, replacer } = ctx;
			const map = new this(schema);
			const add = (key, value) => {
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(Pair.createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
			return map;
		}
		/**
		* Adds a value to the collection.
		*
		* @param overwrite - If not set `true`, using a key that is already in the
		*   collection will throw. Otherwise, overwrites the previous value.
		*/
		add(pair, overwrite) {
			let _pair;
			if (identity.isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair.Pair(pair, pair?.value);
			else _pair = new Pair.Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
		}
		has(key) {
			return !!findPair(this.items, key);
		}
		set(key, value) {
			this.add(new Pair.Pair(key, value), true);
		}
		/**
		* @param ctx - Conversion context, originally set in Document#toJS()
		* @param {Class} Type - If set, forces the returned collection type
		* @returns Instance of Type, Map, or Object
		*/
		toJSON(_, ctx, Type) {
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap.addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!identity.isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	exports.YAMLMap = YAMLMap;
	exports.findPair = findPair;
}));
// node_modules/yaml/dist/schema/common/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLMap = require_YAMLMap();
	exports.map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap.YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!identity.isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyCollection = require_stringifyCollection();
	var Collection = require_Collection();
	var identity = require_identity();
	var Scalar = require_Scalar();
	var toJS = require_toJS();
	var YAMLSeq = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
		}
		constructor(schema) {
			super(identity.SEQ, schema);
			this.items = [];
		}
		add(value) {
			this.items.push(value);
		}
		/**
		* Removes a value from the collection.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
			const it = this.items[idx];
			return !keepScalar && identity.isScalar(it) ? it.value : it;
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*/
		has(key) {
			const idx = asItemIndex(key);
			return typeof idx === "number" && idx < this.items.length;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*
		* If `key` does not contain a representation of an integer, this will throw.
		* It may be wrapped in a `Scalar`.
		*/
		set(key, value) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (identity.isScalar(prev) && Scalar.isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS.toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
				onChompKeep,
				onComment
			});
		}
		static from(schema, obj, ctx) {
			const { replacer } = ctx;
			const seq = new this(schema);
			if (obj && Symbol.iterator in Object(obj)) {
				let i = 0;
				for (let it of obj) {
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode.createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = identity.isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	exports.YAMLSeq = YAMLSeq;
}));
// node_modules/yaml/dist/schema/common/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLSeq = require_YAMLSeq();
	exports.seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq.YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!identity.isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/schema/common/string.js
var require_string = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyString = require_stringifyString();
	exports.string = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/common/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar.Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar.Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	exports.nullTag = nullTag;
}));
// node_modules/yaml/dist/schema/core/bool.js
var require_bool$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	exports.boolTag = boolTag;
}));
// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = /* @__PURE__ */ __commonJSMin(((exports) => {
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	exports.stringifyNumber = stringifyNumber;
}));
// node_modules/yaml/dist/schema/core/float.js
var require_float$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/core/int.js
var require_int$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
		stringify: (node) => intStringify(node, 8, "0o")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/core/schema.js
var require_schema$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.boolTag,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float
	];
}));
// node_modules/yaml/dist/schema/json/schema.js
var require_schema$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var map = require_map();
	var seq = require_seq();
	function intIdentify(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar.Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	exports.schema = [map.map, seq.seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
}));
// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_buffer = __require("buffer");
	var Scalar = require_Scalar();
	var stringifyString = require_stringifyString();
	exports.binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof node_buffer.Buffer === "function") return node_buffer.Buffer.from(src, "base64");
			else if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof node_buffer.Buffer === "function") str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
			else if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
			if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString.stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLSeq = require_YAMLSeq();
	function resolvePairs(seq, onError) {
		if (identity.isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (identity.isPair(item)) continue;
			else if (identity.isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq.YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(Pair.createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	exports.createPairs = createPairs;
	exports.pairs = pairs;
	exports.resolvePairs = resolvePairs;
}));
// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var toJS = require_toJS();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var pairs = require_pairs();
	var YAMLOMap = class YAMLOMap extends YAMLSeq.YAMLSeq {
		constructor() {
			super();
			this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
			this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
			this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
			this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
			this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
			this.tag = YAMLOMap.tag;
		}
		/**
		* If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
		* but TypeScript won't allow widening the signature of a child method.
		*/
		toJSON(_, ctx) {
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (identity.isPair(pair)) {
					key = toJS.toJS(pair.key, "", ctx);
					value = toJS.toJS(pair.value, key, ctx);
				} else key = toJS.toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
				map.set(key, value);
			}
			return map;
		}
		static from(schema, iterable, ctx) {
			const pairs$1 = pairs.createPairs(schema, iterable, ctx);
			const omap = new this();
			omap.items = pairs$1.items;
			return omap;
		}
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs$1 = pairs.resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs$1.items) if (identity.isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs$1);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	exports.YAMLOMap = YAMLOMap;
	exports.omap = omap;
}));
// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar.Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar.Scalar(false),
		stringify: boolStringify
	};
	exports.falseTag = falseTag;
	exports.trueTag = trueTag;
}));
// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intBin = intBin;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSet = class YAMLSet extends YAMLMap.YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (identity.isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair.Pair(key.key, null);
			else pair = new Pair.Pair(key, null);
			if (!YAMLMap.findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = YAMLMap.findPair(this.items, key);
			return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = YAMLMap.findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair.Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(Pair.createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (identity.isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	exports.YAMLSet = YAMLSet;
	exports.set = set;
}));
// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber.stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	exports.floatTime = floatTime;
	exports.intTime = intTime;
	exports.timestamp = timestamp;
}));
// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var binary = require_binary();
	var bool = require_bool();
	var float = require_float();
	var int = require_int();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var set = require_set();
	var timestamp = require_timestamp();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.trueTag,
		bool.falseTag,
		int.intBin,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float,
		binary.binary,
		merge.merge,
		omap.omap,
		pairs.pairs,
		set.set,
		timestamp.intTime,
		timestamp.floatTime,
		timestamp.timestamp
	];
}));
// node_modules/yaml/dist/schema/tags.js
var require_tags = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	var schema = require_schema$2();
	var schema$1 = require_schema$1();
	var binary = require_binary();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var schema$2 = require_schema();
	var set = require_set();
	var timestamp = require_timestamp();
	const schemas = /* @__PURE__ */ new Map([
		["core", schema.schema],
		["failsafe", [
			map.map,
			seq.seq,
			string.string
		]],
		["json", schema$1.schema],
		["yaml11", schema$2.schema],
		["yaml-1.1", schema$2.schema]
	]);
	const tagsByName = {
		binary: binary.binary,
		bool: bool.boolTag,
		float: float.float,
		floatExp: float.floatExp,
		floatNaN: float.floatNaN,
		floatTime: timestamp.floatTime,
		int: int.int,
		intHex: int.intHex,
		intOct: int.intOct,
		intTime: timestamp.intTime,
		map: map.map,
		merge: merge.merge,
		null: _null.nullTag,
		omap: omap.omap,
		pairs: pairs.pairs,
		seq: seq.seq,
		set: set.set,
		timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
		"tag:yaml.org,2002:binary": binary.binary,
		"tag:yaml.org,2002:merge": merge.merge,
		"tag:yaml.org,2002:omap": omap.omap,
		"tag:yaml.org,2002:pairs": pairs.pairs,
		"tag:yaml.org,2002:set": set.set,
		"tag:yaml.org,2002:timestamp": timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge.merge);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	exports.coreKnownTags = coreKnownTags;
	exports.getTags = getTags;
}));
// node_modules/yaml/dist/schema/Schema.js
var require_Schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var map = require_map();
	var seq = require_seq();
	var string = require_string();
	var tags = require_tags();
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	exports.Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
			this.tags = tags.getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, identity.MAP, { value: map.map });
			Object.defineProperty(this, identity.SCALAR, { value: string.string });
			Object.defineProperty(this, identity.SEQ, { value: seq.seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
}));
// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = stringify.createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(stringifyComment.indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (identity.isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(stringifyComment.indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += stringifyComment.lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify.stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(stringifyComment.indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(stringifyComment.indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	exports.stringifyDocument = stringifyDocument;
}));
// node_modules/yaml/dist/doc/Document.js
var require_Document = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var toJS = require_toJS();
	var Schema = require_Schema();
	var stringifyDocument = require_stringifyDocument();
	var anchors = require_anchors();
	var applyReviver = require_applyReviver();
	var createNode = require_createNode();
	var directives = require_directives();
	var Document = class Document {
		constructor(value, replacer, options) {
			/** A comment before this Document */
			this.commentBefore = null;
			/** A comment immediately after this Document */
			this.comment = null;
			/** Errors encountered during parsing. */
			this.errors = [];
			/** Warnings encountered during parsing. */
			this.warnings = [];
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
			let _replacer = null;
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new directives.Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [identity.NODE_TYPE]: { value: identity.DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
		}
		/**
		* Create a new `Alias` node, ensuring that the target `node` has the required anchor.
		*
		* If `node` already has an anchor, `name` is ignored.
		* Otherwise, the `node.anchor` value will be set to `name`,
		* or if an anchor with that name is already present in the document,
		* `name` will be used as a prefix for a new unique anchor.
		* If `name` is undefined, the generated anchor will use 'a' as a prefix.
		*/
		createAlias(node, name) {
			if (!node.anchor) {
				const prev = anchors.anchorNames(this);
				node.anchor = !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
			}
			return new Alias.Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, anchorPrefix || "a");
			const ctx = {
				aliasDuplicateObjects: aliasDuplicateObjects ?? true,
				keepUndefined: keepUndefined ?? false,
				onAnchor,
				onTagObj,
				replacer: _replacer,
				schema: this.schema,
				sourceObjects
			};
			const node = createNode.createNode(value, tag, ctx);
			if (flow && identity.isCollection(node)) node.flow = true;
			setAnchors();
			return node;
		}
		/**
		* Convert a key and a value into a `Pair` using the current schema,
		* recursively wrapping all values as `Scalar` or `Collection` nodes.
		*/
		createPair(key, value, options = {}) {
			const k = this.createNode(key, null, options);
			const v = this.createNode(value, null, options);
			return new Pair.Pair(k, v);
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			return assertCollection(this.contents) ? this.contents.delete(key) : false;
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			if (Collection.isEmptyPath(path)) {
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (Collection.isEmptyPath(path)) return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
			return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
		}
		/**
		* Checks if the document includes a value with the key `key`.
		*/
		has(key) {
			return identity.isCollection(this.contents) ? this.contents.has(key) : false;
		}
		/**
		* Checks if the document includes a value at `path`.
		*/
		hasIn(path) {
			if (Collection.isEmptyPath(path)) return this.contents !== void 0;
			return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (Collection.isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new directives.Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new directives.Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema.Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument.stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (identity.isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	exports.Document = Document;
}));
// node_modules/yaml/dist/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	exports.YAMLError = YAMLError;
	exports.YAMLParseError = YAMLParseError;
	exports.YAMLWarning = YAMLWarning;
	exports.prettifyError = prettifyError;
}));
// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
		let hasNewline = false;
		let reqSpace = false;
		let tab = null;
		let anchor = null;
		let tag = null;
		let newlineAfterProp = null;
		let comma = null;
		let found = null;
		let start = null;
		for (const token of tokens) {
			if (reqSpace) {
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
		return {
			comma,
			found,
			spaceBefore,
			comment,
			hasNewline,
			anchor,
			tag,
			newlineAfterProp,
			end,
			start: start ?? end
		};
	}
	exports.resolveProps = resolveProps;
}));
// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = /* @__PURE__ */ __commonJSMin(((exports) => {
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	exports.containsNewline = containsNewline;
}));
// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = /* @__PURE__ */ __commonJSMin(((exports) => {
	var utilContainsNewline = require_util_contains_newline();
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	exports.flowIndentCheck = flowIndentCheck;
}));
// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	exports.mapIncludes = mapIncludes;
}));
// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	var utilMapIncludes = require_util_map_includes();
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap.YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps.resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps.resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	exports.resolveBlockMap = resolveBlockMap;
}));
// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLSeq = require_YAMLSeq();
	var resolveProps = require_resolve_props();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq.YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps.resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	exports.resolveBlockSeq = resolveBlockSeq;
}));
// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	exports.resolveEnd = resolveEnd;
}));
// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilMapIncludes = require_util_map_includes();
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps.resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (identity.isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps.resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap.YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	exports.resolveFlowCollection = resolveFlowCollection;
}));
// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveBlockMap = require_resolve_block_map();
	var resolveBlockSeq = require_resolve_block_seq();
	var resolveFlowCollection = require_resolve_flow_collection();
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	exports.composeCollection = composeCollection;
}));
// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	exports.resolveBlockScalar = resolveBlockScalar;
}));
// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var resolveEnd = require_resolve_end();
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	exports.resolveFlowScalar = resolveFlowScalar;
}));
// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[identity.SCALAR];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[identity.SCALAR];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar.Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[identity.SCALAR];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[identity.SCALAR];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[identity.SCALAR];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	exports.composeScalar = composeScalar;
}));
// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = /* @__PURE__ */ __commonJSMin(((exports) => {
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	exports.emptyScalarPosition = emptyScalarPosition;
}));
// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var composeCollection = require_compose_collection();
	var composeScalar = require_compose_scalar();
	var resolveEnd = require_resolve_end();
	var utilEmptyScalarPosition = require_util_empty_scalar_position();
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar.composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection.composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const token = {
			type: "scalar",
			offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		};
		const node = composeScalar.composeScalar(ctx, token, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias.Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	exports.composeEmptyNode = composeEmptyNode;
	exports.composeNode = composeNode;
}));
// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Document = require_Document();
	var composeNode = require_compose_node();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const opts = Object.assign({ _directives: directives }, options);
		const doc = new Document.Document(void 0, opts);
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps.resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	exports.composeDoc = composeDoc;
}));
// node_modules/yaml/dist/compose/composer.js
var require_composer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var directives = require_directives();
	var Document = require_Document();
	var errors = require_errors();
	var identity = require_identity();
	var composeDoc = require_compose_doc();
	var resolveEnd = require_resolve_end();
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
	}
	/**
	* Compose a stream of CST nodes into a stream of YAML Documents.
	*
	* ```ts
	* import { Composer, Parser } from 'yaml'
	*
	* const src: string = ...
	* const tokens = new Parser().parse(src)
	* const docs = new Composer().compose(tokens)
	* ```
	*/
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new errors.YAMLWarning(pos, code, message));
				else this.errors.push(new errors.YAMLParseError(pos, code, message));
			};
			this.directives = new directives.Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (identity.isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
				doc.errors = this.errors;
				doc.warnings = this.warnings;
			}
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
		}
		/**
		* Current stream status information.
		*
		* Mostly useful at the end of input for an empty stream.
		*/
		streamInfo() {
			return {
				comment: parsePrelude(this.prelude).comment,
				directives: this.directives,
				errors: this.errors,
				warnings: this.warnings
			};
		}
		/**
		* Compose tokens into documents.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*compose(tokens, forceDoc = false, endOffset = -1) {
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			if (node_process.env.LOG_STREAM) console.dir(token, { depth: null });
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
						break;
					}
					this.doc.directives.docEnd = true;
					const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
					this.decorate(this.doc, true);
					if (end.comment) {
						const dc = this.doc.comment;
						this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
					}
					this.doc.range[2] = end.offset;
					break;
				}
				default: this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
			}
		}
		/**
		* Call at end of input to yield any remaining document.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*end(forceDoc = false, endOffset = -1) {
			if (this.doc) {
				this.decorate(this.doc, true);
				yield this.doc;
				this.doc = null;
			} else if (forceDoc) {
				const opts = Object.assign({ _directives: this.directives }, this.options);
				const doc = new Document.Document(void 0, opts);
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	exports.Composer = Composer;
}));
// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	var errors = require_errors();
	var stringifyString = require_stringifyString();
	function resolveAsScalar(token, strict = true, onError) {
		if (token) {
			const _onError = (pos, code, message) => {
				const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
				if (onError) onError(offset, code, message);
				else throw new errors.YAMLParseError([offset, offset + 1], code, message);
			};
			switch (token.type) {
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
				case "block-scalar": return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
			}
		}
		return null;
	}
	/**
	* Create a new scalar token with `value`
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.indent The indent level of the token.
	* @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	* @param context.offset The offset position of the token.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function createScalarToken(value, context) {
		const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey,
			indent: indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		const end = context.end ?? [{
			type: "newline",
			offset: -1,
			indent,
			source: "\n"
		}];
		switch (source[0]) {
			case "|":
			case ">": {
				const he = source.indexOf("\n");
				const head = source.substring(0, he);
				const body = source.substring(he + 1) + "\n";
				const props = [{
					type: "block-scalar-header",
					offset,
					indent,
					source: head
				}];
				if (!addEndtoBlockProps(props, end)) props.push({
					type: "newline",
					offset: -1,
					indent,
					source: "\n"
				});
				return {
					type: "block-scalar",
					offset,
					indent,
					props,
					source: body
				};
			}
			case "\"": return {
				type: "double-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			case "'": return {
				type: "single-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			default: return {
				type: "scalar",
				offset,
				indent,
				source,
				end
			};
		}
	}
	/**
	* Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	*
	* Best efforts are made to retain any comments previously associated with the `token`,
	* though all contents within a collection's `items` will be overwritten.
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function setScalarValue(token, value, context = {}) {
		let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
		let indent = "indent" in token ? token.indent : null;
		if (afterKey && typeof indent === "number") indent += 2;
		if (!type) switch (token.type) {
			case "single-quoted-scalar":
				type = "QUOTE_SINGLE";
				break;
			case "double-quoted-scalar":
				type = "QUOTE_DOUBLE";
				break;
			case "block-scalar": {
				const header = token.props[0];
				if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
				type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
				break;
			}
			default: type = "PLAIN";
		}
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey: implicitKey || indent === null,
			indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		switch (source[0]) {
			case "|":
			case ">":
				setBlockScalarValue(token, source);
				break;
			case "\"":
				setFlowScalarValue(token, source, "double-quoted-scalar");
				break;
			case "'":
				setFlowScalarValue(token, source, "single-quoted-scalar");
				break;
			default: setFlowScalarValue(token, source, "scalar");
		}
	}
	function setBlockScalarValue(token, source) {
		const he = source.indexOf("\n");
		const head = source.substring(0, he);
		const body = source.substring(he + 1) + "\n";
		if (token.type === "block-scalar") {
			const header = token.props[0];
			if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
			header.source = head;
			token.source = body;
		} else {
			const { offset } = token;
			const indent = "indent" in token ? token.indent : -1;
			const props = [{
				type: "block-scalar-header",
				offset,
				indent,
				source: head
			}];
			if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0)) props.push({
				type: "newline",
				offset: -1,
				indent,
				source: "\n"
			});
			for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
			Object.assign(token, {
				type: "block-scalar",
				indent,
				props,
				source: body
			});
		}
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
		if (end) for (const st of end) switch (st.type) {
			case "space":
			case "comment":
				props.push(st);
				break;
			case "newline":
				props.push(st);
				return true;
		}
		return false;
	}
	function setFlowScalarValue(token, source, type) {
		switch (token.type) {
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				token.type = type;
				token.source = source;
				break;
			case "block-scalar": {
				const end = token.props.slice(1);
				let oa = source.length;
				if (token.props[0].type === "block-scalar-header") oa -= token.props[0].source.length;
				for (const tok of end) tok.offset += oa;
				delete token.props;
				Object.assign(token, {
					type,
					source,
					end
				});
				break;
			}
			case "block-map":
			case "block-seq": {
				const nl = {
					type: "newline",
					offset: token.offset + source.length,
					indent: token.indent,
					source: "\n"
				};
				delete token.items;
				Object.assign(token, {
					type,
					source,
					end: [nl]
				});
				break;
			}
			default: {
				const indent = "indent" in token ? token.indent : -1;
				const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
				for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
				Object.assign(token, {
					type,
					indent,
					source,
					end
				});
			}
		}
	}
	exports.createScalarToken = createScalarToken;
	exports.resolveAsScalar = resolveAsScalar;
	exports.setScalarValue = setScalarValue;
}));
// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringify a CST document, token, or collection item
	*
	* Fair warning: This applies no validation whatsoever, and
	* simply concatenates the sources in their logical order.
	*/
	const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
		switch (token.type) {
			case "block-scalar": {
				let res = "";
				for (const tok of token.props) res += stringifyToken(tok);
				return res + token.source;
			}
			case "block-map":
			case "block-seq": {
				let res = "";
				for (const item of token.items) res += stringifyItem(item);
				return res;
			}
			case "flow-collection": {
				let res = token.start.source;
				for (const item of token.items) res += stringifyItem(item);
				for (const st of token.end) res += st.source;
				return res;
			}
			case "document": {
				let res = stringifyItem(token);
				if (token.end) for (const st of token.end) res += st.source;
				return res;
			}
			default: {
				let res = token.source;
				if ("end" in token && token.end) for (const st of token.end) res += st.source;
				return res;
			}
		}
	}
	function stringifyItem({ start, key, sep, value }) {
		let res = "";
		for (const st of start) res += st.source;
		if (key) res += stringifyToken(key);
		if (sep) for (const st of sep) res += st.source;
		if (value) res += stringifyToken(value);
		return res;
	}
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
	/**
	* Apply a visitor to a CST document or item.
	*
	* Walks through the tree (depth-first) starting from the root, calling a
	* `visitor` function with two arguments when entering each item:
	*   - `item`: The current item, which included the following members:
	*     - `start: SourceToken[]` – Source tokens before the key or value,
	*       possibly including its anchor or tag.
	*     - `key?: Token | null` – Set for pair values. May then be `null`, if
	*       the key before the `:` separator is empty.
	*     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	*       which should include the `:` map value indicator if `value` is set.
	*     - `value?: Token` – The value of a sequence item, or of a map pair.
	*   - `path`: The steps from the root to the current node, as an array of
	*     `['key' | 'value', number]` tuples.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this token, continue with
	*      next sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current item, then continue with the next one
	*   - `number`: Set the index of the next step. This is useful especially if
	*     the index of the current token has changed.
	*   - `function`: Define the next visitor for this item. After the original
	*     visitor is called on item entry, next visitors are called after handling
	*     a non-empty `key` and when exiting the item.
	*/
	function visit(cst, visitor) {
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
		let item = cst;
		for (const [field, index] of path) {
			const tok = item?.[field];
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
		}
		return item;
	};
	/**
	* Get the immediate parent collection of the item at `path` from `cst` as the root.
	*
	* Throws an error if the collection is not found, which should never happen if the item itself exists.
	*/
	visit.parentCollection = (cst, path) => {
		const parent = visit.itemAtPath(cst, path.slice(0, -1));
		const field = path[path.length - 1][0];
		const coll = parent?.[field];
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	exports.visit = visit;
}));
// node_modules/yaml/dist/parse/cst.js
var require_cst = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cstScalar = require_cst_scalar();
	var cstStringify = require_cst_stringify();
	var cstVisit = require_cst_visit();
	/** The byte order mark */
	const BOM = "﻿";
	/** Start of doc-mode */
	const DOCUMENT = "";
	/** Unexpected end of flow-mode */
	const FLOW_END = "";
	/** Next token is a scalar value */
	const SCALAR = "";
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && "items" in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
		switch (token) {
			case BOM: return "<BOM>";
			case DOCUMENT: return "<DOC>";
			case FLOW_END: return "<FLOW_END>";
			case SCALAR: return "<SCALAR>";
			default: return JSON.stringify(token);
		}
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case BOM: return "byte-order-mark";
			case DOCUMENT: return "doc-mode";
			case FLOW_END: return "flow-error-end";
			case SCALAR: return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
		}
		return null;
	}
	exports.createScalarToken = cstScalar.createScalarToken;
	exports.resolveAsScalar = cstScalar.resolveAsScalar;
	exports.setScalarValue = cstScalar.setScalarValue;
	exports.stringify = cstStringify.stringify;
	exports.visit = cstVisit.visit;
	exports.BOM = BOM;
	exports.DOCUMENT = DOCUMENT;
	exports.FLOW_END = FLOW_END;
	exports.SCALAR = SCALAR;
	exports.isCollection = isCollection;
	exports.isScalar = isScalar;
	exports.prettyToken = prettyToken;
	exports.tokenType = tokenType;
}));
// node_modules/yaml/dist/parse/lexer.js
var require_lexer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cst = require_cst();
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	* Splits an input string into lexical tokens, i.e. smaller strings that are
	* easily identifiable by `tokens.tokenType()`.
	*
	* Lexing starts always in a "stream" context. Incomplete input may be buffered
	* until a complete token can be emitted.
	*
	* In addition to slices of the original input, the following control characters
	* may also be emitted:
	*
	* - `\x02` (Start of Text): A document starts with the next token
	* - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	* - `\x1f` (Unit Separator): Next token is a scalar value
	* - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	*/
	var Lexer = class {
		constructor() {
			/**
			* Flag indicating whether the end of the current buffer marks the end of
			* all input
			*/
			this.atEnd = false;
			/**
			* Explicit indent set in block scalar header, as an offset from the current
			* minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
			* explicitly set.
			*/
			this.blockScalarIndent = -1;
			/**
			* Block scalars that include a + (keep) chomping indicator in their header
			* include trailing empty lines, which are otherwise excluded from the
			* scalar's contents.
			*/
			this.blockScalarKeep = false;
			/** Current input */
			this.buffer = "";
			/**
			* Flag noting whether the map value indicator : can immediately follow this
			* node within a flow context.
			*/
			this.flowKey = false;
			/** Count of surrounding flow collection levels. */
			this.flowLevel = 0;
			/**
			* Minimum level of indentation required for next lines to be parsed as a
			* part of the current scalar value.
			*/
			this.indentNext = 0;
			/** Indentation level of the current line. */
			this.indentValue = 0;
			/** Position of the next \n character. */
			this.lineEndPos = null;
			/** Stores the state of the lexer if reaching the end of incpomplete input */
			this.next = null;
			/** A pointer to `buffer`; the current position of the lexer. */
			this.pos = 0;
		}
		/**
		* Generate YAML tokens from the `source` string. If `incomplete`,
		* a part of the last line may be left as a buffer for the next call.
		*
		* @returns A generator of lexical tokens
		*/
		*lex(source, incomplete = false) {
			if (source) {
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
			return this.buffer.substring(this.pos, end);
		}
		hasChars(n) {
			return this.pos + n <= this.buffer.length;
		}
		setNext(state) {
			this.buffer = this.buffer.substring(this.pos);
			this.pos = 0;
			this.lineEndPos = null;
			this.next = state;
			return null;
		}
		peek(n) {
			return this.buffer.substr(this.pos, n);
		}
		*parseNext(next) {
			switch (next) {
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === cst.BOM) {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield cst.DOCUMENT;
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
			}
		}
		*parseFlowCollection() {
			let nl, sp;
			let indent = -1;
			do {
				nl = yield* this.pushNewline();
				if (nl > 0) {
					sp = yield* this.pushSpaces(false);
					this.indentValue = indent = sp;
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield cst.FLOW_END;
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield cst.SCALAR;
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield cst.SCALAR;
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
		}
		*pushCount(n) {
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos += n;
				return n;
			}
			return 0;
		}
		*pushToIndex(i, allowEmpty) {
			const s = this.buffer.slice(this.pos, i);
			if (s) {
				yield s;
				this.pos += s.length;
				return s.length;
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
							n += yield* this.pushCount(1);
							n += yield* this.pushSpaces(true);
							continue loop;
						}
					}
				}
				break loop;
			}
			return n;
		}
		*pushTag() {
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
			const n = i - this.pos;
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos = i;
			}
			return n;
		}
		*pushUntil(test) {
			let i = this.pos;
			let ch = this.buffer[i];
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	exports.Lexer = Lexer;
}));
// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
		constructor() {
			this.lineStarts = [];
			/**
			* Should be called in ascending order. Otherwise, call
			* `lineCounter.lineStarts.sort()` before calling `linePos()`.
			*/
			this.addNewLine = (offset) => this.lineStarts.push(offset);
			/**
			* Performs a binary search and returns the 1-indexed { line, col }
			* position of `offset`. If `line === 0`, `addNewLine` has never been
			* called or `offset` is before the first known newline.
			*/
			this.linePos = (offset) => {
				let low = 0;
				let high = this.lineStarts.length;
				while (low < high) {
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	exports.LineCounter = LineCounter;
}));
// node_modules/yaml/dist/parse/parser.js
var require_parser = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var cst = require_cst();
	var lexer = require_lexer();
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
			}
		}
	}
	/**
	* A YAML concrete syntax tree (CST) parser
	*
	* ```ts
	* const src: string = ...
	* for (const token of new Parser().parse(src)) {
	*   // token: Token
	* }
	* ```
	*
	* To use the parser with a user-provided lexer:
	*
	* ```ts
	* function* parse(source: string, lexer: Lexer) {
	*   const parser = new Parser()
	*   for (const lexeme of lexer.lex(source))
	*     yield* parser.next(lexeme)
	*   yield* parser.end()
	* }
	*
	* const src: string = ...
	* const lexer = new Lexer()
	* for (const token of parse(src, lexer)) {
	*   // token: Token
	* }
	* ```
	*/
	var Parser = class {
		/**
		* @param onNewLine - If defined, called separately with the start position of
		*   each new line (in `parse()`, including the start of input).
		*/
		constructor(onNewLine) {
			/** If true, space and sequence indicators count as indentation */
			this.atNewLine = true;
			/** If true, next token is a scalar value */
			this.atScalar = false;
			/** Current indentation level */
			this.indent = 0;
			/** Current offset since the start of parsing */
			this.offset = 0;
			/** On the same line with a block map key */
			this.onKeyLine = false;
			/** Top indicates the node that's currently being built */
			this.stack = [];
			/** The source of the current token, set in parse() */
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
			this.lexer = new lexer.Lexer();
			this.onNewLine = onNewLine;
		}
		/**
		* Parse `source` as a YAML stream.
		* If `incomplete`, a part of the last line may be left as a buffer for the next call.
		*
		* Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
		*
		* @returns A generator of tokens representing each directive, document, and other structure.
		*/
		*parse(source, incomplete = false) {
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (node_process.env.LOG_TOKENS) console.log("|", cst.prettyToken(source));
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = cst.tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
			}
			/* istanbul ignore next should not happen */
			yield* this.pop();
		}
		peek(n) {
			return this.stack[this.stack.length - n];
		}
		*pop(error) {
			const token = error ?? this.stack.pop();
			/* istanbul ignore if should not happen */
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
						}
					}
					yield* this.pop();
					break;
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.step();
			}
		}
		*blockMap(map) {
			const it = map.items[map.items.length - 1];
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								map.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
			}
			if (this.indent >= map.indent) {
				const atMapIndent = !this.onKeyLine && this.indent === map.indent;
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
							this.stack.push(bv);
							return;
						}
					}
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*blockSequence(seq) {
			const it = seq.items[seq.items.length - 1];
			switch (this.type) {
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								seq.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
			}
			if (this.indent > seq.indent) {
				const bv = this.startBlockValue(seq);
				if (bv) {
					this.stack.push(bv);
					return;
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*flowCollection(fc) {
			const it = fc.items[fc.items.length - 1];
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
				}
			}
			return {
				type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		startBlockValue(parent) {
			switch (this.type) {
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	exports.Parser = Parser;
}));
// node_modules/yaml/dist/public-api.js
var require_public_api = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var errors = require_errors();
	var log = require_log();
	var identity = require_identity();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null,
			prettyErrors
		};
	}
	/**
	* Parse the input as a stream of YAML documents.
	*
	* Documents should be separated from each other by `...` or `---` marker lines.
	*
	* @returns If an empty `docs` array is returned, it will be of type
	*   EmptyStream and contain additional stream information. In
	*   TypeScript, you should use `'empty' in docs` as a type guard for it.
	*/
	function parseAllDocuments(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		const docs = Array.from(composer$1.compose(parser$1.parse(source)));
		if (prettyErrors && lineCounter) for (const doc of docs) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		if (docs.length > 0) return docs;
		return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		let doc = null;
		for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		return doc;
	}
	function parse(src, reviver, options) {
		let _reviver = void 0;
		if (typeof reviver === "function") _reviver = reviver;
		else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
		const doc = parseDocument(src, options);
		if (!doc) return null;
		doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
		if (doc.errors.length > 0) {
			if (doc.options.logLevel !== "silent") throw doc.errors[0];
			else doc.errors = [];
		}
		return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) options = replacer;
		if (typeof options === "string") options = options.length;
		if (typeof options === "number") {
			const indent = Math.round(options);
			options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
		}
		if (value === void 0) {
			const { keepUndefined } = options ?? replacer ?? {};
			if (!keepUndefined) return void 0;
		}
		if (identity.isDocument(value) && !_replacer) return value.toString(options);
		return new Document.Document(value, _replacer, options).toString(options);
	}
	exports.parse = parse;
	exports.parseAllDocuments = parseAllDocuments;
	exports.parseDocument = parseDocument;
	exports.stringify = stringify;
}));
// dist/io/case-file.js
var import_dist = (/* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var Schema = require_Schema();
	var errors = require_errors();
	var Alias = require_Alias();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	require_cst();
	var lexer = require_lexer();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	var publicApi = require_public_api();
	var visit = require_visit();
	exports.Composer = composer.Composer;
	exports.Document = Document.Document;
	exports.Schema = Schema.Schema;
	exports.YAMLError = errors.YAMLError;
	exports.YAMLParseError = errors.YAMLParseError;
	exports.YAMLWarning = errors.YAMLWarning;
	exports.Alias = Alias.Alias;
	exports.isAlias = identity.isAlias;
	exports.isCollection = identity.isCollection;
	exports.isDocument = identity.isDocument;
	exports.isMap = identity.isMap;
	exports.isNode = identity.isNode;
	exports.isPair = identity.isPair;
	exports.isScalar = identity.isScalar;
	exports.isSeq = identity.isSeq;
	exports.Pair = Pair.Pair;
	exports.Scalar = Scalar.Scalar;
	exports.YAMLMap = YAMLMap.YAMLMap;
	exports.YAMLSeq = YAMLSeq.YAMLSeq;
	exports.Lexer = lexer.Lexer;
	exports.LineCounter = lineCounter.LineCounter;
	exports.Parser = parser.Parser;
	exports.parse = publicApi.parse;
	exports.parseAllDocuments = publicApi.parseAllDocuments;
	exports.parseDocument = publicApi.parseDocument;
	exports.stringify = publicApi.stringify;
	exports.visit = visit.visit;
	exports.visitAsync = visit.visitAsync;
})))();
/** Whether a key names the record type: type, 类型, 记录类型, in any case or spacing. */
function isTypeKey(key) {
	const k = normalizeHeader(key);
	return k === TYPE_FIELD.name || TYPE_FIELD.zh.includes(k);
}
function lineCol(text, offset) {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) {
		line++;
		start = i + 1;
	}
	return {
		line,
		col: offset - start + 1
	};
}
function parseJson(text, file) {
	try {
		return JSON.parse(text);
	} catch (e) {
		const message = e.message;
		const at = /position (\d+)/.exec(message);
		let where = file;
		if (at) {
			const { line, col } = lineCol(text, Number(at[1]));
			where = `${file}:${line}:${col}`;
		} else {
			const pos = (0, import_dist.parseDocument)(text).errors[0]?.linePos?.[0];
			if (pos) where = `${file}:${pos.line}:${pos.col}`;
		}
		throw new InputError(`${where}: invalid JSON: ${message.split("\n")[0]}; fix the file or check it with a JSON validator`);
	}
}
function typeOf(value, where) {
	const type = recordTypeOf(value);
	if (!type) throw new InputError(`${where}: ${value === void 0 ? "the record has no type" : `unknown record type ${JSON.stringify(value)}`}; use one of ${RECORD_TYPES.join(", ")} (in the record's "type", the case file's "type", or --type)`);
	return type;
}
/**
* What a YAML value was written as, where YAML reads digits as a number that loses some of
* them: leading zeros (a case_id 00123), or more digits than a number holds exactly (an ID
* number left unquoted). Other values as YAML reads them.
*/
function asWritten(node, value) {
	if (typeof value !== "number" || !(0, import_dist.isScalar)(node) || typeof node.source !== "string") return value;
	return /^[0-9]+$/.test(node.source) && node.source !== String(value) ? node.source : value;
}
/** Reads a whole case file's text into written records, with their lines. */
function readCaseFile(text, file, format, defaultType) {
	const counter = new import_dist.LineCounter();
	const doc = (0, import_dist.parseDocument)(text, {
		lineCounter: counter,
		prettyErrors: false,
		uniqueKeys: true
	});
	let data;
	if (format === "json") data = parseJson(text, file);
	else {
		if (doc.errors.length) {
			const err = doc.errors[0];
			const pos = counter.linePos(err.pos[0]);
			throw new InputError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${err.message.split("\n")[0]}; fix the file's indentation or quoting there`);
		}
		data = doc.toJS({ maxAliasCount: 1e3 });
	}
	const lineOf = (node) => {
		const range = node?.range;
		return range ? counter.linePos(range[0]).line : void 0;
	};
	let items;
	let nodes = [];
	let caseType;
	let caseId;
	if (Array.isArray(data)) {
		items = data;
		if ((0, import_dist.isSeq)(doc.contents)) nodes = doc.contents.items;
	} else if (data !== null && typeof data === "object" && Array.isArray(data.records)) {
		const c = data;
		items = c.records;
		caseType = c.type;
		const caseIdNode = (0, import_dist.isMap)(doc.contents) ? doc.contents.get("case_id", true) : void 0;
		if (c.case_id !== void 0 && c.case_id !== null) caseId = String(format === "yaml" ? asWritten(caseIdNode, c.case_id) : c.case_id);
		const recs = (0, import_dist.isMap)(doc.contents) ? doc.contents.get("records", true) : void 0;
		if ((0, import_dist.isSeq)(recs)) nodes = recs.items;
	} else throw new InputError(`${file}: expected a case {case_id, type, records: [...]} or a list of records each with a type; found ${data === null || data === void 0 ? "nothing" : Array.isArray(data) ? "a list" : typeof data === "object" ? "a mapping without records" : typeof data}${file === "<stdin>" ? "; for CSV on standard input, pass --input-format csv" : ""}`);
	if (caseType !== void 0) {
		const typeLine = (0, import_dist.isMap)(doc.contents) ? lineOf(doc.contents.get("type", true)) : void 0;
		typeOf(caseType, typeLine ? `${file}:${typeLine}` : file);
	}
	return items.map((item, i) => {
		const line = lineOf(nodes[i]);
		const where = `${file}${line ? `:${line}` : ""} (record ${i + 1})`;
		if (item === null || typeof item !== "object" || Array.isArray(item)) throw new InputError(`${where}: a record is a mapping of field: value; found ${JSON.stringify(item)}`);
		const written = item;
		const lines = {};
		const node = nodes[i];
		if ((0, import_dist.isMap)(node)) for (const pair of node.items) {
			const key = (0, import_dist.isScalar)(pair.key) ? String(pair.key.value) : void 0;
			const at = lineOf(pair.key);
			if (key !== void 0 && at !== void 0) lines[key] = at;
			if (key !== void 0 && format === "yaml" && key in written) written[key] = asWritten(pair.value, written[key]);
		}
		const own = Object.entries(written).find(([k, v]) => isTypeKey(k) && v !== void 0 && v !== null && v !== "")?.[1];
		return {
			type: typeOf(own ?? caseType ?? defaultType, where),
			written,
			source: line ? {
				file,
				line
			} : { file },
			lines,
			defaults: caseId !== void 0 ? { case_id: caseId } : {}
		};
	});
}
// dist/io/csv/splitter.js
const LF$1 = 10;
const COMMA = 44;
const QUOTE = 34;
/** Buffers smaller than this may be slices of Node's shared pool (Buffer.poolSize / 2). */
const POOLED = 4096;
/** How many line breaks lie in bytes[from, to). */
function countLines(bytes, from = 0, to = bytes.length) {
	let n = 0;
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let i = buf.indexOf(LF$1, from); i !== -1 && i < to; i = buf.indexOf(LF$1, i + 1)) n++;
	return n;
}
/**
* Follows quotes as the parser reads them: a quote opens a quoted field only at the start of a
* field (the start of the text, or after a comma or a line break); inside one, "" is a quote and
* a lone quote closes it; a quote anywhere else is an ordinary character. Returns the last line
* break outside a quoted field (or -1), and where the field still open at the end opened (or -1).
*/
function scanQuotes(buf) {
	const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
	let lastEnd = -1;
	let open = -1;
	let pos = 0;
	for (;;) {
		const q = bytes.indexOf(QUOTE, pos);
		const stop = q === -1 ? bytes.length : q;
		if (open === -1) {
			const lf = stop > pos ? bytes.lastIndexOf(LF$1, stop - 1) : -1;
			if (lf >= pos) lastEnd = lf;
		}
		if (q === -1) break;
		if (open === -1) {
			const before = q === 0 ? LF$1 : bytes[q - 1];
			if (before === COMMA || before === LF$1) open = q;
			pos = q + 1;
		} else if (bytes[q + 1] === QUOTE) pos = q + 2;
		else {
			open = -1;
			pos = q + 1;
		}
	}
	return {
		lastEnd,
		open
	};
}
var BatchSplitter = class {
	file;
	target;
	maxRecord;
	line;
	offset;
	chunks = [];
	size = 0;
	/**
	* @param file for messages
	* @param target bytes per batch (a batch is at least one whole record)
	* @param maxRecord the longest a single record may be before it is taken for an unclosed quote
	* @param line the line of the first byte
	* @param offset the offset of the first byte in the file
	*/
	constructor(file, target = 1 << 20, maxRecord = 16 << 20, line = 1, offset = 0) {
		this.file = file;
		this.target = target;
		this.maxRecord = maxRecord;
		this.line = line;
		this.offset = offset;
	}
	/**
	* Takes the next chunk of the stream; returns the batches it completes. A chunk that is `own`
	* (its memory is the caller's to give away) may become a batch with no copy.
	*/
	push(chunk, own = false) {
		this.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
		this.size += chunk.byteLength;
		if (this.size < this.target) return [];
		own = this.chunks.length > 1 ? this.size >= POOLED : own;
		const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
		const cut = this.lastRecordEnd(buf);
		if (cut === -1) {
			if (buf.length > this.maxRecord) this.tooLong(buf);
			this.chunks = [buf];
			return [];
		}
		const batch = this.take(buf.subarray(0, cut + 1), own);
		const rest = Buffer.from(buf.subarray(cut + 1));
		this.chunks = rest.length ? [rest] : [];
		this.size = rest.length;
		return [batch];
	}
	/**
	* Reads a file from `position` to its end, in batches. Each read goes into new memory after
	* the rest of the last batch, and the batch is a view of that memory: nothing is copied but
	* the rest. Yields the batches of each read and the file position after it.
	*/
	async *readFile(file, position, chunk = this.target) {
		for (;;) {
			const rest = this.chunks.length ? Buffer.concat(this.chunks, this.size) : void 0;
			const buf = Buffer.allocUnsafeSlow((rest?.length ?? 0) + chunk);
			rest?.copy(buf, 0);
			const at = rest?.length ?? 0;
			const { bytesRead } = await file.read(buf, at, chunk, position);
			if (bytesRead === 0) return;
			position += bytesRead;
			this.chunks = [];
			this.size = 0;
			yield {
				batches: this.push(buf.subarray(0, at + bytesRead), true),
				position
			};
		}
	}
	/** The last batch: whatever remains (it may lack a final line break). */
	end() {
		if (this.size === 0) return void 0;
		const buf = Buffer.concat(this.chunks, this.size);
		this.chunks = [];
		this.size = 0;
		return this.take(buf);
	}
	/** A batch of these bytes: a copy, unless they are our own (`own`), to transfer as they are. */
	take(bytes, own = false) {
		const batch = {
			bytes: own ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : new Uint8Array(bytes),
			firstLine: this.line,
			offset: this.offset
		};
		this.line += countLines(bytes);
		this.offset += bytes.length;
		return batch;
	}
	/** The offset of the last line break outside quotes, or -1. */
	lastRecordEnd(buf) {
		return scanQuotes(buf).lastEnd;
	}
	tooLong(buf) {
		const { open } = scanQuotes(buf);
		const at = open === -1 ? this.line : this.line + countLines(buf, 0, open);
		throw new CsvSyntaxError(this.file, at, `a record runs over ${this.maxRecord >> 20} MB: a quoted field opened here is never closed (an unmatched "); close the quote or remove it`);
	}
};
// dist/io/output-path.js
/**
* Checks, before any work, that an output file can be written where asked: its folder exists
* and is writable, and it is not itself a folder. A path that fails is a usage error.
*/
function checkOutputPath(flag, output) {
	const dir = dirname(resolve(output));
	let isDir;
	try {
		isDir = statSync(dir).isDirectory();
	} catch {
		throw new UsageError(`${flag} ${output}: the folder ${dir} does not exist; create it or choose another path`);
	}
	if (!isDir) throw new UsageError(`${flag} ${output}: ${dir} is not a folder`);
	try {
		accessSync(dir, constants.W_OK);
	} catch {
		throw new UsageError(`${flag} ${output}: the folder ${dir} is not writable; choose another path`);
	}
	if (existsSync(output) && statSync(output).isDirectory()) throw new UsageError(`${flag} ${output}: is a folder; name a file`);
}
// dist/io/sink.js
/**
* Where output goes: stdout, or a file written atomically (to a temporary file beside it,
* renamed into place only when complete, so a crash never leaves half a file).
* Writes are gathered into large chunks and respect backpressure.
*/
const CHUNK = 65536;
var Sink = class Sink {
	stream;
	finalPath;
	tempPath;
	buffer = "";
	failed;
	/**
	* Whether bytes are done with once their write's callback comes: true of a file and of the
	* process's standard output; not of any stream, which might keep the chunks it was given.
	*/
	releases;
	constructor(stream, finalPath, tempPath) {
		this.stream = stream;
		this.finalPath = finalPath;
		this.tempPath = tempPath;
		this.releases = tempPath !== void 0 || stream === process.stdout;
		stream.on("error", (e) => {
			this.failed = e;
		});
	}
	static stdout(stream = process.stdout) {
		return new Sink(stream, void 0, void 0);
	}
	static file(path) {
		const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
		const stream = createWriteStream(temp, { flags: "wx" });
		return new Sink(stream, path, temp);
	}
	/** Queues text; resolves once the stream can take more. */
	async write(text) {
		this.buffer += text;
		if (this.buffer.length >= CHUNK) await this.flush();
	}
	/**
	* Writes bytes (after any queued text). `written` is called once they are written and their
	* memory may be used again (never, when the stream might keep them).
	*/
	async writeBytes(bytes, written) {
		await this.flush();
		if (this.failed) throw this.failed;
		if (!bytes.length) return;
		if (!this.stream.write(bytes, written && this.releases ? (e) => e || written() : void 0)) await once(this.stream, "drain");
		if (this.failed) throw this.failed;
	}
	async flush() {
		if (this.failed) throw this.failed;
		if (!this.buffer) return;
		const chunk = this.buffer;
		this.buffer = "";
		if (!this.stream.write(chunk)) await once(this.stream, "drain");
		if (this.failed) throw this.failed;
	}
	/** Finishes the output: for a file, closes it and moves it into place. */
	async commit() {
		await this.flush();
		if (!this.finalPath) return;
		this.stream.end();
		await once(this.stream, "close");
		if (this.failed) throw this.failed;
		renameSync(this.tempPath, this.finalPath);
	}
	/** Abandons a file output, removing the temporary file. */
	abort() {
		if (!this.tempPath) return;
		this.stream.destroy();
		try {
			unlinkSync(this.tempPath);
		} catch {}
	}
};
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject$1(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject$1(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject$1(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
const BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge$1(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({ status: "aborted" });
const _zodDesc = {
	value: void 0,
	enumerable: false
};
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
const _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
const _issuesDesc = {
	value: void 0,
	enumerable: false
};
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
const $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
const _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
const validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
const validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
const _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
const _null$2 = /^null$/i;
const lowercase = /^[^A-Z]*$/;
const uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
const version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
const $ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = _null$2;
	inst._zod.values = /* @__PURE__ */ new Set([null]);
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (input === null) return payload;
		payload.issues.push({
			expected: "null",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
const arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject = isObject$1;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject = isObject$1;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
function discriminatorMap(def) {
	const map = /* @__PURE__ */ new Map();
	for (const option of def.options) {
		const values = option._zod.propValues?.[def.discriminator];
		if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
		for (const value of values) if (map.has(value)) {
			if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
			map.set(value, null);
		} else map.set(value, option);
	}
	return map;
}
const $ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
	def.inclusive = false;
	$ZodUnion.init(inst, def);
	const _super = inst._zod.parse;
	defineLazyInternal(inst, "propValues", (zod) => {
		const propValues = {};
		let undefinedCount = 0;
		for (const option of zod.def.options) {
			const pv = option._zod.propValues;
			if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
			if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
			for (const [k, v] of Object.entries(pv)) {
				if (!Object.prototype.hasOwnProperty.call(propValues, k)) assignProp(propValues, k, /* @__PURE__ */ new Set());
				for (const val of v) propValues[k].add(val);
			}
		}
		if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
		return propValues;
	});
	def.options.forEach((option, i) => {
		const propShape = rawShape(option._zod.def);
		if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
	});
	const disc = cached(() => discriminatorMap(def));
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				code: "invalid_type",
				expected: "object",
				input,
				inst
			});
			return payload;
		}
		const value = input?.[def.discriminator];
		const opt = disc.value.get(value);
		if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
		if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
		payload.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: def.discriminator,
			options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
			input,
			path: [def.discriminator],
			inst
		});
		return payload;
	};
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
let handoff;
const open$1 = [];
const memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open$1.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open$1.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open$1.length > depth ? open$1.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
const error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _null$1(Class, params) {
	return new Class({
		type: "null",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
const narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
const narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
const narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
const setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
const contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
const formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
const exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
const numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
	if (ctx.target === "openapi-3.0") {
		json.type = "string";
		json.nullable = true;
		json.enum = [null];
	} else json.type = "null";
};
const undefinedProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {};
const unknownProcessor = (_schema, _ctx, _json, _params) => {};
const dateProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
const nanProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
	const _json = json;
	const pattern = schema._zod.pattern;
	if (!pattern) throw new Error("Pattern not found in template literal");
	_json.type = "string";
	_json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
	const _json = json;
	_json.type = "string";
	_json.format = "binary";
	_json.contentEncoding = "binary";
	const { minimum, maximum, mime } = aggregateChecks(schema);
	if (minimum !== void 0) _json.minLength = minimum;
	if (maximum !== void 0) _json.maxLength = maximum;
	if (!mime) return;
	if (mime.length === 0) _json.not = {};
	else if (mime.length === 1) _json.contentMediaType = mime[0];
	else _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
const arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
const unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
const intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "array";
	const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
	const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
	const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			prefixPath,
			i
		]
	}));
	const rest = def.rest ? processSchema(def.rest, ctx, {
		...params,
		path: [
			...params.path,
			restPath,
			...ctx.target === "openapi-3.0" ? [def.items.length] : []
		]
	}) : null;
	let minItems = def.items.length;
	while (minItems > 0) {
		const item = def.items[minItems - 1];
		if (!(ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional")) break;
		minItems--;
	}
	const maxItems = def.items.length;
	const isClosed = !def.rest;
	if (ctx.target === "draft-2020-12") {
		json.prefixItems = prefixItems;
		if (isClosed) json.items = false;
		else if (rest) json.items = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else if (ctx.target === "openapi-3.0") {
		json.items = { anyOf: prefixItems };
		if (rest) json.items.anyOf.push(rest);
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else {
		json.items = prefixItems;
		if (isClosed) json.additionalItems = false;
		else if (rest) json.additionalItems = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	}
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
const recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
const nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
	const innerType = schema._zod.innerType;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
const allProcessors = {
	string: stringProcessor,
	number: numberProcessor,
	boolean: booleanProcessor,
	bigint: bigintProcessor,
	symbol: symbolProcessor,
	null: nullProcessor,
	undefined: undefinedProcessor,
	void: voidProcessor,
	never: neverProcessor,
	any: anyProcessor,
	unknown: unknownProcessor,
	date: dateProcessor,
	enum: enumProcessor,
	literal: literalProcessor,
	nan: nanProcessor,
	template_literal: templateLiteralProcessor,
	file: fileProcessor,
	success: successProcessor,
	custom: customProcessor,
	function: functionProcessor,
	transform: transformProcessor,
	map: mapProcessor,
	set: setProcessor,
	array: arrayProcessor,
	object: objectProcessor,
	union: unionProcessor,
	intersection: intersectionProcessor,
	tuple: tupleProcessor,
	record: recordProcessor,
	nullable: nullableProcessor,
	nonoptional: nonoptionalProcessor,
	default: defaultProcessor,
	prefault: prefaultProcessor,
	catch: catchProcessor,
	pipe: pipeProcessor,
	readonly: readonlyProcessor,
	promise: promiseProcessor,
	optional: optionalProcessor,
	lazy: lazyProcessor
};
function toJSONSchema(input, params) {
	if ("_idmap" in input) {
		const registry = input;
		const ctx = initializeContext({
			...params,
			processors: allProcessors
		});
		const defs = {};
		for (const entry of registry._idmap.entries()) {
			const [_, schema] = entry;
			processSchema(schema, ctx);
		}
		const schemas = {};
		ctx.external = {
			registry,
			uri: params?.uri,
			defs
		};
		for (const entry of registry._idmap.entries()) {
			const [key, schema] = entry;
			extractDefs(ctx, schema);
			assignProp(schemas, key, finalize(ctx, schema));
		}
		if (Object.keys(defs).length > 0) schemas.__shared = { [ctx.target === "draft-2020-12" ? "$defs" : "definitions"]: defs };
		return { schemas };
	}
	const ctx = initializeContext({
		...params,
		processors: allProcessors
	});
	processSchema(input, ctx);
	extractDefs(ctx, input);
	return finalize(ctx, input);
}
// node_modules/zod/v4/classic/errors.js
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
const initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
const ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
	$ZodNull.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
	return /* @__PURE__ */ _null$1(ZodNull, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge$1(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	const def = {
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	};
	return new ZodObject(def);
}
function strictObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
	ZodUnion.init(inst, def);
	$ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
	return new ZodDiscriminatedUnion({
		type: "union",
		options,
		discriminator,
		...normalizeParams(params)
	});
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// dist/records/schema.js
/**
* Zod schemas of the three record types, built from the field table. A schema reads a
* record whose keys are already field names and whose empty values are already absent,
* and yields the parsed record: dates as `YYYY-MM-DD`, money in integer fen, category and
* group values in their canonical English names.
*/
/** An ID number or credit code that is not a string: the same words as the value parsers. */
const idAsText = (issue) => idNotText(issue.input);
/** What a field accepts as input, for validation messages and JSON Schema. */
function inputSchema(spec) {
	const meta = { description: spec.en };
	switch (spec.kind) {
		case "date": return string().meta({
			...meta,
			examples: [
				"2020-02-20",
				"2020/2/20",
				"2020年2月20日"
			]
		});
		case "money": return union([number(), string()]).meta({
			...meta,
			examples: [
				1e3,
				"999.99",
				"1,000.50"
			]
		});
		case "integer":
		case "number": return union([number(), string()]).meta(meta);
		case "categories":
		case "groups":
		case "list": return union([string(), array(string())]).meta(meta);
		case "resident_id": return string({ error: idAsText }).meta({
			...meta,
			examples: ["11010519491231002X"]
		});
		case "credit_code": return string({ error: idAsText }).meta({
			...meta,
			examples: ["91350100M000100Y43"]
		});
		default: return union([string(), number()]).meta(meta);
	}
}
function fieldSchema(spec) {
	const parse = PARSERS[spec.kind];
	const parsed = inputSchema(spec).transform((raw, ctx) => {
		const result = parse(raw);
		if (!isInvalid(result)) return result;
		ctx.addIssue({
			code: "custom",
			message: result.error,
			input: raw
		});
		return NEVER;
	});
	return spec.required ? parsed : parsed.optional();
}
function recordSchema$1(type) {
	const shape = {};
	for (const spec of FIELDS[type]) shape[spec.name] = fieldSchema(spec);
	return object(shape).superRefine((rec, ctx) => {
		const e = crossFieldError(rec);
		if (e) ctx.addIssue({
			code: "custom",
			path: [e.field],
			message: e.message,
			input: e.value
		});
	});
}
const RECORD_SCHEMAS = Object.fromEntries(RECORD_TYPES.map((t) => [t, recordSchema$1(t)]));
// dist/records/record.js
/**
* From a record as written (JSON/YAML keys or CSV headers, raw values) to a parsed record:
* keys mapped to field names through the alias table, empty values dropped, every field
* validated by the type's zod schema. An invalid record keeps all its errors and no values.
*/
/**
* Reads one record. `defaults` supplies values the record does not carry itself (the case
* file's case_id).
*/
function parseRecord(type, written, source, defaults = {}, lines, extras = []) {
	const raw = {};
	const known = {};
	const extra = [];
	const errors = [];
	const keyOf = /* @__PURE__ */ new Map();
	for (const [key, value] of Object.entries(written)) {
		const field = fieldForKeyIn(type, key, extras);
		if (key === "type" || field === "type") continue;
		if (!field) {
			raw[key] = value;
			extra.push(key);
			continue;
		}
		const earlier = keyOf.get(field);
		if (earlier !== void 0 && !isBlank(known[field]) && !isBlank(value) && String(known[field]).trim() !== String(value).trim()) {
			errors.push({
				field,
				value,
				message: `given twice, as "${earlier}" (${String(known[field])}) and as "${key}" (${String(value)}); keep one`
			});
			continue;
		}
		keyOf.set(field, key);
		raw[field] = value;
		if (!isBlank(value)) known[field] = value;
	}
	if (known.case_id === void 0 && defaults.case_id !== void 0) known.case_id = defaults.case_id;
	const parsed = RECORD_SCHEMAS[type].safeParse(known);
	if (!parsed.success) for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? "");
		const required = FIELDS[type].find((s) => s.name === field)?.required;
		const missing = known[field] === void 0;
		errors.push({
			field,
			value: known[field] ?? null,
			message: missing && required ? `${field} is required` : issue.message
		});
	}
	if (errors.length && (lines || source.line)) for (const e of errors) {
		const line = lines?.[keyOf.get(e.field) ?? e.field] ?? source.line;
		if (line !== void 0) e.line = line;
	}
	const caseId = typeof known.case_id === "string" || typeof known.case_id === "number" ? String(known.case_id).trim() : null;
	if (errors.length || !parsed.success) return {
		source,
		type,
		case_id: caseId,
		raw,
		facts: {},
		extra,
		errors
	};
	const facts = { ...parsed.data };
	for (const spec of extras) {
		const raw = known[spec.name];
		if (raw === void 0) continue;
		const value = PARSERS[spec.kind](raw);
		if (isInvalid(value)) {
			const at = lines?.[keyOf.get(spec.name) ?? spec.name] ?? source.line;
			errors.push({
				field: spec.name,
				value: raw,
				message: value.error,
				...at ? { line: at } : {}
			});
		} else facts[spec.name] = value;
	}
	if (errors.length) return {
		source,
		type,
		case_id: caseId,
		raw,
		facts: {},
		extra,
		errors
	};
	for (const spec of FIELDS[type]) if (spec.defaultFrom && facts[spec.name] === void 0) facts[spec.name] = facts[spec.defaultFrom];
	for (const key of extra) if (!isBlank(raw[key])) facts[key] = raw[key];
	return {
		source,
		type,
		case_id: facts.case_id ?? null,
		raw,
		facts,
		extra,
		errors
	};
}
// dist/pipeline.js
/**
* The one-way flow: written record → parsed record → results. Used by the CLI and the library.
*/
function evaluateWritten(w, pack, asOf) {
	const record = parseRecord(w.type, w.written, w.source, w.defaults, w.lines, pack.facts[w.type]);
	const results = record.errors.length ? null : evaluateRecord(record.type, record.facts, pack, asOf);
	return {
		...record,
		results
	};
}
/**
* Evaluates records one after another as a run does: each is read and evaluated, checked
* against the claims before it for duplicates, audited when asked, and counted in the summary.
* (CSV batches do the same from bytes, in src/batch/process.ts.)
*/
var RecordFlow = class {
	pack;
	asOf;
	audit;
	summary;
	duplicates;
	constructor(pack, asOf, audit) {
		this.pack = pack;
		this.asOf = asOf;
		this.audit = audit;
		this.summary = new SummaryBuilder(pack, audit);
		this.duplicates = new DuplicateCheck(pack);
	}
	evaluate(w) {
		const rec = evaluateWritten(w, this.pack, this.asOf);
		if (rec.results) this.duplicates.apply(rec.type, rec.facts, rec.results, {
			...rec.source,
			case_id: rec.case_id
		});
		this.summary.add(rec.source.file, rec.results);
		if (this.audit && rec.results) {
			rec.audit = auditItems(rec.facts, rec.results);
			this.summary.addAudit(rec.case_id, rec.audit);
		}
		return rec;
	}
	/** The person key of a written record (see DuplicateCheck.keyOf): undefined without a valid ID number. */
	personKey(w) {
		const record = parseRecord(w.type, w.written, w.source, w.defaults, w.lines, this.pack.facts[w.type]);
		return this.duplicates.keyOf(w.type, record.facts[PERSON_FIELD[w.type]]);
	}
	/** Claims of batches (settled in the main thread): see DuplicateCheck.register. */
	get claims() {
		return this.duplicates;
	}
};
// dist/app/csv-input.js
/**
* CSV inputs: finding the header (after any blank lines), deciding the encoding, and
* streaming the rest in batches of whole records.
*/
const HEAD_BYTES = 1 << 20;
const LF = 10;
/** The first non-blank record: its start and the offset after its line break; undefined when not complete within `bytes`. */
function headerEnd(bytes, final) {
	let start = 0;
	while (start < bytes.length) {
		let i = bytes.indexOf(LF, start);
		while (i !== -1 && scanQuotes(bytes.subarray(start, i + 1)).open !== -1) i = bytes.indexOf(LF, i + 1);
		if (i === -1 && !final) return void 0;
		if (i === -1) i = bytes.length;
		const end = Math.min(i + 1, bytes.length);
		let blank = true;
		for (let k = start; k < i && blank; k++) {
			const b = bytes[k];
			if (b !== 32 && b !== 9 && b !== 13 && b !== 44 && !(k < 3 && start === 0 && (b === 239 || b === 187 || b === 191))) blank = false;
		}
		if (!blank) return {
			start,
			end
		};
		start = end;
	}
	return final ? {
		start: bytes.length,
		end: bytes.length
	} : void 0;
}
function readHead(head, final, file, reading) {
	const choice = reading.encoding;
	if (head.indexOf(LF) === -1 && head.indexOf(13) !== -1) throw new InputError(`${file}: its lines end in a carriage return alone (old Mac "CSV (Macintosh)"); save it as "CSV UTF-8" or with LF or CRLF line ends`);
	const found = headerEnd(head, final);
	if (!found) return void 0;
	const cut = final ? head.length : head.lastIndexOf(LF) + 1;
	const encoding = choice === "auto" ? detectEncoding(head.subarray(0, Math.max(cut, found.end)), file) : choice;
	const dataLine = countLines(head, 0, found.end) + 1;
	if (found.start === found.end) return {
		encoding,
		dataOffset: head.length,
		dataLine
	};
	let text;
	try {
		text = new TextDecoder(encoding === "gb18030" ? "gb18030" : "utf-8", { fatal: true }).decode(head.subarray(0, found.end));
	} catch {
		throw new InputError(`${file}:1: the header is not valid ${encoding === "utf8" ? "UTF-8; if Excel saved the file on a Chinese Windows, use --encoding gb18030" : "GB18030; if the file is UTF-8, use --encoding utf8"}`);
	}
	let header;
	const bytes = Buffer.from(text, "utf8");
	parseCsvBytes(bytes, 1, file, (row) => {
		header ??= rowCells(bytes, row);
	});
	if (!header) return {
		encoding,
		dataOffset: found.end,
		dataLine
	};
	return {
		layout: csvLayout(file, header, reading.type, reading.facts),
		encoding,
		dataOffset: found.end,
		dataLine
	};
}
/**
* Reads a CSV file's header (synchronously, before any output), so that a bad header stops
* the run early. Undefined for a path that is not a regular file (a pipe): read it as a stream.
*/
function prepareCsvFile(path, reading) {
	let fd;
	try {
		fd = openSync(path, "r");
	} catch (e) {
		const code = e.code;
		throw new InputError(`${path}: cannot read it: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code}; check the path`);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new InputError(`${path}: is a folder, not a file; name a CSV file`);
		if (!stat.isFile()) return void 0;
		const size = stat.size;
		let length = Math.min(size, HEAD_BYTES);
		for (;;) {
			const head = Buffer.alloc(length);
			const read = readSync(fd, head, 0, length, 0);
			const final = read >= size;
			const found = readHead(head.subarray(0, read), final, path, reading);
			if (found) {
				const sample = head.subarray(found.dataOffset, read);
				const lines = countLines(sample);
				return {
					file: path,
					path,
					size,
					estimatedRows: lines ? Math.ceil((size - found.dataOffset) * lines / sample.length) : size > found.dataOffset ? 1 : 0,
					...found
				};
			}
			if (length >= 64 * HEAD_BYTES) throw new InputError(`${path}:1: no end to the header within 64 MB: an unclosed quote in the header?`);
			length = Math.min(size, length * 4);
		}
	} finally {
		closeSync(fd);
	}
}
/** Reads standard input until its header is complete. */
async function prepareCsvStream(stream, file, reading) {
	const chunks = [];
	let size = 0;
	for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
		const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
		chunks.push(b);
		size += b.length;
		const head = Buffer.concat(chunks, size);
		const found = readHead(head, false, file, reading);
		if (found) return {
			file,
			...found,
			rest: head.subarray(found.dataOffset)
		};
	}
	const head = Buffer.concat(chunks, size);
	const found = readHead(head, true, file, reading);
	return {
		file,
		...found,
		rest: head.subarray(found.dataOffset)
	};
}
// dist/app/errors-file.js
/**
* `--errors FILE`: the invalid records as CSV (file, line, errors, type, then the record's
* columns as written), ready to fix and submit again. Rows are spooled to a temporary file as they
* come, so memory stays flat; at the end the columns of all of them are known and the CSV is
* written, atomically.
*/
const HEAD = {
	zh: [
		"文件",
		"行",
		"错误",
		"类型"
	],
	en: [
		"file",
		"line",
		"errors",
		"type"
	]
};
var ErrorsFile = class {
	path;
	spoolPath;
	spool;
	count = 0;
	failed;
	constructor(path) {
		this.path = path;
		this.spoolPath = join(dirname(path), `.${basename(path)}.${process.pid}.spool.tmp`);
		this.spool = createWriteStream(this.spoolPath);
		this.spool.on("error", (e) => this.failed = e);
	}
	async add(rows) {
		if (this.failed) throw new InputError(`--errors ${this.path}: cannot write it: ${this.failed.message}`);
		for (const row of rows) {
			this.count++;
			if (!this.spool.write(`${JSON.stringify(row)}\n`)) await once(this.spool, "drain");
		}
	}
	async *rows() {
		const lines = createInterface({
			input: createReadStream(this.spoolPath),
			crlfDelay: Infinity
		});
		for await (const line of lines) if (line) yield JSON.parse(line);
	}
	/** Writes the CSV and removes the spool; returns how many rows it holds. */
	async finish(lang, bom) {
		this.spool.end();
		await once(this.spool, "close");
		if (this.failed) throw new InputError(`--errors ${this.path}: cannot write it: ${this.failed.message}`);
		try {
			const keys = [];
			const seen = /* @__PURE__ */ new Set();
			for await (const row of this.rows()) for (const key of Object.keys(row.input)) if (!seen.has(key)) seen.add(key), keys.push(key);
			const sink = Sink.file(this.path);
			try {
				await sink.write(`${bom ? "﻿" : ""}${csvLine([...HEAD[lang], ...keys])}`);
				for await (const row of this.rows()) {
					const errors = row.errors.map((e) => `${e.field}: ${e.message}`).join("; ");
					const cells = keys.map((k) => {
						const v = row.input[k];
						return v === void 0 || v === null ? "" : Array.isArray(v) ? v.join(";") : String(v);
					});
					await sink.write(csvLine([
						row.file,
						row.line === void 0 ? "" : String(row.line),
						errors,
						row.type,
						...cells
					]));
				}
				await sink.commit();
			} catch (e) {
				sink.abort();
				throw e;
			}
		} finally {
			this.discard();
		}
		return this.count;
	}
	discard() {
		this.spool.destroy();
		try {
			unlinkSync(this.spoolPath);
		} catch {}
	}
};
// dist/app/progress.js
var Progress = class {
	stream;
	enabled;
	totalBytes;
	label;
	last = 0;
	started = performance.now();
	shown = false;
	constructor(stream, enabled, totalBytes, label = "") {
		this.stream = stream;
		this.enabled = enabled;
		this.totalBytes = totalBytes;
		this.label = label;
	}
	update(rows, bytes) {
		if (!this.enabled) return;
		const now = performance.now();
		if (now - this.last < 200) return;
		this.last = now;
		const seconds = (now - this.started) / 1e3;
		const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
		const share = this.totalBytes ? ` · ${Math.min(100, Math.floor(bytes / this.totalBytes * 100))}%` : "";
		const width = 24;
		const filled = this.totalBytes ? Math.round(Math.min(bytes, this.totalBytes) / this.totalBytes * width) : 0;
		const bar = this.totalBytes ? `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ` : "";
		this.stream.write(`\r\u001b[2K${this.label ? `${this.label}: ` : ""}${bar}${rows.toLocaleString("en-US")} rows · ${rate.toLocaleString("en-US")} rows/s${share}`);
		this.shown = true;
	}
	done() {
		if (this.shown) this.stream.write("\r\x1B[2K");
		this.shown = false;
	}
};
// dist/app/evaluate.js
/**
* `subsidy evaluate`: read case files and CSV batches, evaluate every record, write the
* results. Options arrive normalized from the CLI; nothing here parses flags.
*
* Case files are small: read whole, evaluated here. CSV inputs stream: cut into batches of
* whole records, evaluated here or by worker threads, and written in their order, so memory
* stays flat whatever the size.
*/
const FAIL_ON = [
	"over",
	"under",
	"duplicate",
	"invalid",
	"undetermined"
];
const MAX_ERROR_LINES = 20;
const TABLE_INVALID_ROWS = 50;
const TABLE_CASES = 20;
/**
* CSV input below this size is evaluated in the main thread: starting worker threads would
* cost more. Standard input (of unknown size) starts in the main thread and moves to workers
* once this much has come. (Tests set it lower, as they do the batch size below.)
*/
const WORKER_THRESHOLD = Number(process.env.SUBSIDY_WORKER_BYTES) || 4 << 20;
const BATCH_BYTES = Number(process.env.SUBSIDY_BATCH_BYTES) || 1 << 20;
/** How many worker threads a run uses: --jobs, or one per core up to four. */
const workerCount = (jobs) => jobs ?? Math.min(4, availableParallelism());
/**
* Worker threads for a run whose inputs include a CSV file large enough for them (as
* executorFor below decides), started at once: they load their code while the main thread
* loads the rules, which takes about as long. Undefined for any other run.
*/
function startEarly(files, o) {
	if (o.jobs === 0) return void 0;
	return files.some((file) => {
		try {
			return file !== "-" && inputFormatOf(file, o.inputFormat) === "csv" && statSync(file).size >= WORKER_THRESHOLD;
		} catch {
			return false;
		}
	}) ? startWorkers(workerCount(o.jobs)) : void 0;
}
/**
* Up to about this many CSV records, a run remembers every person who claims (about 40 bytes
* each: a table of 2M slots, 40 MB, holds them all) to find duplicates; above it, it first reads
* its files once to find the ID numbers that occur more than once, and remembers only those
* people, so memory stays flat at any size.
*/
const twoPassRows = () => Number(process.env.SUBSIDY_TWO_PASS_ROWS) || 15e5;
function inputFormatOf(file, given) {
	if (given) return given;
	const ext = extname(file).toLowerCase();
	if (ext === ".json") return "json";
	if (ext === ".yaml" || ext === ".yml") return "yaml";
	if (ext === ".csv") return "csv";
	throw new InputError(`${file}: cannot tell its format from the name; name it .csv, .json, .yaml or .yml, or pass --input-format csv|json|yaml`);
}
function readInput(file) {
	try {
		return readFileSync(file);
	} catch (e) {
		const code = e.code;
		throw new InputError(`${file}: cannot read it: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : code === "EACCES" ? "permission denied" : e.message}; check the path`);
	}
}
function decodeUtf8(bytes, file) {
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${file}: not valid UTF-8; save the file as UTF-8`);
	}
}
/** An option that would do nothing with the others given is a usage error, not silently ignored. */
function checkApplicable(o) {
	if (o.bom && o.format !== "csv" && !o.errors) throw new UsageError(`--bom: a byte order mark is for CSV (--format csv, or the --errors file), not ${o.format} output`);
	if (o.explain && o.format === "csv") throw new UsageError("--explain: CSV output has statuses and amounts, not the reasons; use --format json, ndjson or table for them");
}
/** An output must not overwrite an input, nor the other output. */
function checkDistinct(o) {
	const real = (p) => {
		try {
			return realpathSync(p);
		} catch {
			return resolve(p);
		}
	};
	const inputs = new Map(o.inputs.filter((f) => f !== "-").map((f) => [real(f), f]));
	for (const [flag, path] of [["--output", o.output], ["--errors", o.errors]]) {
		if (!path) continue;
		const input = inputs.get(real(path));
		if (input) throw new UsageError(`${flag} ${path}: that is the input ${input}; write to another file`);
	}
	if (o.output && o.errors && real(o.output) === real(o.errors)) throw new UsageError(`--errors ${o.errors}: the same file as --output; give each its own`);
}
/**
* Reads case files whole and CSV headers, before any output is written, so that an
* unreadable input stops the run cleanly.
*/
async function prepareInputs(o, pack, io) {
	const reading = {
		encoding: o.encoding,
		facts: pack.facts,
		...o.type ? { type: o.type } : {}
	};
	if (o.inputs.filter((f) => f === "-").length > 1) throw new UsageError("-: standard input can be read only once; give - one time");
	const inputs = [];
	for (const file of o.inputs) {
		const stdin = file === "-";
		const name = stdin ? "<stdin>" : file;
		const format = stdin ? o.inputFormat : inputFormatOf(file, o.inputFormat);
		if (format === "csv") {
			const source = stdin ? void 0 : prepareCsvFile(file, reading);
			if (source) inputs.push({
				kind: "csv",
				source
			});
			else {
				const stream = stdin ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
				inputs.push({
					kind: "csv",
					source: await prepareCsvStream(stream, name, reading),
					stream
				});
			}
			continue;
		}
		const text = decodeUtf8(stdin ? await readAll(io.stdin) : readInput(file), name).replace(/^\uFEFF/, "");
		const caseFormat = format ?? (/^\s*[[{]/.test(text) ? "json" : "yaml");
		inputs.push({
			kind: "case",
			file: name,
			records: readCaseFile(text, name, caseFormat, o.type)
		});
	}
	return inputs;
}
/** The key a CSV column stands for: its field (in any record type), `type`, or its header. */
function columnKey(layout, i) {
	if (i === layout.typeColumn) return "type";
	const t = layout.fixedType ?? "placement";
	return layout.columns[t][i] ?? RECORD_TYPES.map((rt) => layout.columns[rt][i]).find(Boolean) ?? layout.headers[i];
}
/**
* The input columns of CSV output: every input's columns, in order of first appearance (the
* first input's as written, then those the others add), and the programs of the record types
* the inputs hold.
*/
function csvColumns(inputs, pack, type) {
	const headers = [];
	const keys = [];
	const add = (key, header) => {
		if (keys.includes(key)) return;
		keys.push(key);
		headers.push(header);
	};
	for (const input of inputs) {
		if (input.kind === "csv") {
			const layout = input.source.layout;
			if (layout) layout.headers.forEach((h, i) => add(columnKey(layout, i), h));
			continue;
		}
		if (!keys.includes("type")) add("type", "type");
		for (const w of input.records) for (const key of Object.keys(w.written)) {
			const field = fieldForKeyIn(w.type, key, pack.facts[w.type]) ?? key;
			add(field, field);
		}
	}
	const types = /* @__PURE__ */ new Set();
	for (const input of inputs) if (input.kind === "case") for (const w of input.records) types.add(w.type);
	else if (input.source.layout?.fixedType) types.add(input.source.layout.fixedType);
	else RECORD_TYPES.forEach((t) => types.add(t));
	if (type) types.add(type);
	return {
		headers,
		keys,
		programs: pack.programs.filter((p) => types.has(p.recordType)).map((p) => p.id)
	};
}
/**
* Where each output input-column's value is in a CSV input's rows (-1: none), or null when
* the output's columns begin with this input's own, in order: its rows are then copied through,
* with empty cells after them for the columns that other inputs add.
*/
function columnMap(columns, layout) {
	const own = layout.headers.map((_, i) => columnKey(layout, i));
	if (own.every((k, i) => columns.keys[i] === k)) return null;
	return columns.keys.map((key) => own.indexOf(key));
}
function errorLines(file, errors) {
	return errors.map((e) => {
		const value = e.value === null || e.value === void 0 ? "" : ` = ${JSON.stringify(e.value)}`;
		return `${file}${e.line ? `:${e.line}` : ""}: ${e.field}${value}: ${e.message}`;
	});
}
function summaryLine(s, lang) {
	const zh = lang === "zh";
	const dup = s.duplicates ? zh ? `,${s.duplicates} 项重复申领` : `, ${s.duplicates} duplicate claims` : "";
	const a = s.audit;
	const audit = a ? zh ? `;核对 ${a.items} 项:一致 ${a.by_verdict.match.count},多报 ${a.by_verdict.over.count},少报 ${a.by_verdict.under.count},未申领 ${a.by_verdict.unclaimed.count},无法核对 ${a.by_verdict.unverifiable.count}` : `; ${a.items} items: ${a.by_verdict.match.count} match, ${a.by_verdict.over.count} over, ${a.by_verdict.under.count} under, ${a.by_verdict.unclaimed.count} unclaimed, ${a.by_verdict.unverifiable.count} unverifiable` : "";
	return zh ? `${s.records} 条记录:${s.evaluated} 条已评估,${s.invalid} 条无效${dup};补贴合计 ${formatYuan(s.grants.total)} 元,贷款合计 ${formatYuan(s.loans.total)} 元${audit}` : `${s.records} records: ${s.evaluated} evaluated, ${s.invalid} invalid${dup}; grants ${formatYuan(s.grants.total)} yuan, loans ${formatYuan(s.loans.total)} yuan${audit}`;
}
/** Runs the evaluation; returns the exit code (0, or 1 when some records were invalid). */
async function runEvaluate(o, pack, io) {
	if (o.output) checkOutputPath("--output", o.output);
	if (o.errors) checkOutputPath("--errors", o.errors);
	checkApplicable(o);
	checkDistinct(o);
	const inputs = await prepareInputs(o, pack, io);
	const batchMode = inputs.some((i) => i.kind === "csv");
	const toTerminal = !o.output && io.stdout.isTTY === true;
	const formatOptions = {
		mode: o.mode,
		mask: o.mask,
		format: o.format,
		asOf: o.asOf,
		lang: o.lang,
		explain: o.explain,
		colorLevel: o.output ? 0 : colorFor(io.stdout, io.env, o.color).level,
		columns: toTerminal ? io.stdout.columns ?? 100 : Infinity,
		summaryOnly: batchMode,
		bom: o.bom,
		...o.format === "csv" && o.mode === "evaluate" ? { csv: csvColumns(inputs, pack, o.type) } : {}
	};
	const format = makeFormat(formatOptions, pack);
	const batchOptions = {
		asOf: o.asOf,
		format: formatOptions,
		caseTotals: o.format === "table" && batchMode,
		duplicates: true
	};
	const sink = o.output ? Sink.file(o.output) : Sink.stdout(io.stdout);
	const errorsFile = o.errors ? new ErrorsFile(o.errors) : void 0;
	const flow = new RecordFlow(pack, o.asOf, o.mode === "audit");
	const { summary, claims: duplicates } = flow;
	const cases = new CaseTotals();
	const tableInvalid = [];
	const errorReport = [];
	let first = true;
	let rows = 0;
	let inThread;
	let workers;
	const emit = async (text) => {
		if (!text) return;
		if (first && o.format === "json") text = text.slice(1);
		first = false;
		await sink.write(text);
	};
	const emitBytes = async (bytes, written) => {
		if (!bytes.length) return;
		if (first && o.format === "json") bytes = bytes.subarray(1);
		first = false;
		await sink.writeBytes(bytes, written);
	};
	const noteInvalid = async (list) => {
		if (!list.length) return;
		await errorsFile?.add(list);
		for (const r of list) {
			if (tableInvalid.length < TABLE_INVALID_ROWS) tableInvalid.push(r);
			if (errorReport.length <= MAX_ERROR_LINES) errorReport.push(...errorLines(r.file, o.mask ? maskErrors(r.errors) : r.errors));
		}
	};
	let tracked;
	const executorFor = (source, offset) => {
		const small = (source.size ?? offset) < WORKER_THRESHOLD;
		if (o.jobs === 0 || o.jobs === void 0 && small) {
			if (!inThread) (inThread = inThreadExecutor(pack, batchOptions)).track(tracked);
			return inThread;
		}
		if (!workers) (workers = workerExecutor(o.threads ?? startWorkers(workerCount(o.jobs)), pack, batchOptions)).track(tracked);
		return workers;
	};
	const repeats = new RepeatFinder();
	const progressShown = !o.quiet && io.stderr.isTTY === true && (o.format === "table" || o.output !== void 0 || !io.stdout.isTTY);
	const firstPassProgress = (source) => new Progress(io.stderr, progressShown, source.size, o.lang === "zh" ? "首遍读取,查找重复的身份证号" : "first pass, for repeated ID numbers");
	const onSignal = (signal) => {
		repeats.discard();
		sink.abort();
		errorsFile?.discard();
		process.exit(signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143);
	};
	process.once("SIGINT", onSignal).once("SIGTERM", onSignal).once("SIGHUP", onSignal);
	try {
		tracked = await repeatedPeople(inputs, flow, executorFor, repeats, firstPassProgress);
		if (!tracked) duplicates.reserve(Math.min(estimatedRecords(inputs), twoPassRows()));
		inThread?.track(tracked);
		workers?.track(tracked);
		await sink.write(format.head());
		for (const input of inputs) {
			if (input.kind === "case") {
				summary.addFile(input.file);
				for (const w of input.records) {
					const rec = flow.evaluate(w);
					if (batchOptions.caseTotals) cases.add(rec.case_id, rec.results);
					if (!rec.results) await noteInvalid([invalidRow(rec)]);
					await emit(format.record(rec));
				}
				continue;
			}
			const { source } = input;
			summary.addFile(source.file);
			if (!source.layout) {
				if (!o.quiet) io.stderr.write(`${source.file}: empty: no header and no records\n`);
				continue;
			}
			const executorAt = (offset) => executorFor(source, offset);
			const map = o.format === "csv" && o.mode === "evaluate" ? columnMap(formatOptions.csv, source.layout) : null;
			const fileProgress = new Progress(io.stderr, progressShown, source.size);
			const settle = (r, executor) => {
				if (!r.claims) return {
					result: r,
					executor
				};
				const c = r.claims;
				const patchRows = [];
				duplicates.registerBatch(source.file, c, (j, first) => patchRows.push([c.rows[j], [...first]]));
				if (!patchRows.length) {
					executor.release(r.seq);
					return {
						result: r,
						executor
					};
				}
				const patch = executor.patch(r.seq, patchRows).finally(() => executor.release(r.seq));
				patch.catch(() => {});
				return {
					result: r,
					patch,
					executor
				};
			};
			const write = async ({ result: r, patch: pending, executor }) => {
				summary.merge(r.summary);
				cases.merge(r.cases);
				await noteInvalid(r.invalid);
				rows += r.rows;
				if (!pending) return emitBytes(r.bytes, () => executor.recycle(r.bytes));
				const patch = await pending;
				summary.merge(patch.summary);
				cases.merge(patch.cases);
				const c = r.claims;
				const replaced = new Map(patch.pieces.map((p) => [p.row, p.bytes]));
				let at = 0;
				for (let j = 0; j < c.count; j++) {
					const bytes = replaced.get(c.rows[j]);
					if (!bytes) continue;
					await emitBytes(r.bytes.subarray(at, c.starts[j]));
					await emitBytes(bytes);
					at = c.ends[j];
				}
				await emitBytes(r.bytes.subarray(at));
			};
			const invalidLimit = () => errorsFile ? Infinity : Math.max(0, TABLE_INVALID_ROWS - tableInvalid.length, MAX_ERROR_LINES - errorReport.length);
			await streamBatches(source, input.stream, executorAt, map, invalidLimit, settle, write, (bytes) => fileProgress.update(rows, bytes));
			fileProgress.done();
		}
		await sink.write(format.tail(summary.result(), {
			cases: cases.top(TABLE_CASES),
			casesCount: cases.size,
			invalid: tableInvalid
		}));
		await sink.commit();
		if (errorsFile) await errorsFile.finish(o.lang, o.bom);
	} catch (e) {
		repeats.discard();
		sink.abort();
		errorsFile?.discard();
		if (io.stderr.isTTY && !o.quiet) io.stderr.write("\r\x1B[2K");
		throw e;
	} finally {
		process.off("SIGINT", onSignal).off("SIGTERM", onSignal).off("SIGHUP", onSignal);
		await workers?.close();
	}
	const s = summary.result();
	if (!o.quiet && (o.format !== "table" || !toTerminal) && errorReport.length) {
		for (const line of errorReport.slice(0, MAX_ERROR_LINES)) io.stderr.write(`${line}\n`);
		if (errorReport.length > MAX_ERROR_LINES) io.stderr.write(`… and more invalid records${o.errors ? `: all are in ${o.errors}` : "; --errors FILE writes them all"}\n`);
	}
	if (!o.quiet && (o.format !== "table" || o.output)) io.stderr.write(`${summaryLine(s, o.lang)}\n`);
	const found = {
		invalid: s.invalid > 0,
		duplicate: s.duplicates > 0,
		undetermined: s.by_status.undetermined > 0,
		over: (s.audit?.by_verdict.over.count ?? 0) > 0,
		under: (s.audit?.by_verdict.under.count ?? 0) > 0
	};
	const failed = o.failOn.filter((f) => found[f]);
	if (failed.length && !o.quiet) io.stderr.write(`--fail-on: found ${failed.join(", ")}\n`);
	return s.invalid > 0 || failed.length ? 1 : 0;
}
function invalidRow(rec) {
	return {
		file: rec.source.file,
		...rec.source.line ? { line: rec.source.line } : {},
		type: rec.type,
		case_id: rec.case_id,
		errors: rec.errors,
		input: rec.raw
	};
}
/**
* Streams one CSV input through the executor. Results are settled (claims registered) and
* written in input order; reading goes on while earlier batches are evaluated.
*/
async function streamBatches(source, stream, executorAt, map, invalidLimit, settle, write, onBytes) {
	const layout = source.layout;
	const inflight = [];
	let previous = Promise.resolve();
	let seq = 0;
	let capacity = 1;
	const submit = (b) => {
		const executor = executorAt(b.offset);
		capacity = executor.capacity;
		const result = executor.run({
			seq: seq++,
			bytes: b.bytes,
			firstLine: b.firstLine,
			encoding: source.encoding,
			layout,
			map,
			invalidLimit: invalidLimit()
		});
		const settled = Promise.all([result, previous]).then(([r]) => settle(r, executor));
		settled.catch(() => {});
		previous = settled;
		inflight.push(settled);
	};
	const drain = async (keep) => {
		while (inflight.length > keep) await write(await inflight.shift());
	};
	for await (const { batches, bytes } of batchesOf(source, stream)) {
		for (const b of batches) submit(b);
		await drain(capacity);
		onBytes(bytes);
	}
	await drain(0);
}
/** A CSV input's data in batches of whole records, as its chunks come, with the bytes read so far. */
async function* batchesOf(source, stream) {
	const splitter = new BatchSplitter(source.file, BATCH_BYTES, 16 << 20, source.dataLine, source.dataOffset);
	let bytes = source.dataOffset;
	if (!stream) {
		const file = await open(source.path, "r");
		try {
			for await (const { batches, position } of splitter.readFile(file, source.dataOffset)) yield {
				batches,
				bytes: position
			};
		} finally {
			await file.close();
		}
	}
	if (source.rest?.length) yield {
		batches: splitter.push(source.rest),
		bytes
	};
	for await (const chunk of stream ?? []) {
		const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
		bytes += buf.length;
		yield {
			batches: splitter.push(buf),
			bytes
		};
	}
	const last = splitter.end();
	if (last) yield {
		batches: [last],
		bytes
	};
}
/** About how many records the inputs hold (CSV files estimated from their first megabyte). */
function estimatedRecords(inputs) {
	return inputs.reduce((n, i) => n + (i.kind === "csv" ? i.source.estimatedRows ?? 0 : i.records.length), 0);
}
/**
* The first pass of a run over many records: the people whose ID number occurs more than once
* in its inputs (in case files and CSV files alike). Only their claims need be remembered to
* find duplicates. Undefined (every claim is remembered) for fewer records than twoPassRows(),
* and when an input is a stream (standard input, a pipe), which cannot be read twice.
*/
async function repeatedPeople(inputs, flow, executorFor, finder, progressOf) {
	if (inputs.some((i) => i.kind === "csv" && i.stream)) return void 0;
	if (estimatedRecords(inputs) <= twoPassRows()) return void 0;
	for (const input of inputs) {
		if (input.kind === "case") {
			const keys = input.records.map((w) => flow.personKey(w)).filter((k) => k !== void 0);
			finder.add(Float64Array.from(keys));
			continue;
		}
		const { source } = input;
		if (!source.layout) continue;
		const inflight = [];
		let seq = 0;
		let rows = 0;
		const progress = progressOf(source);
		const add = (keys) => {
			finder.add(keys);
			rows += keys.length;
		};
		for await (const { batches, bytes } of batchesOf(source, void 0)) {
			for (const b of batches) {
				const executor = executorFor(source, b.offset);
				const keys = executor.keys({
					seq: seq++,
					bytes: b.bytes,
					firstLine: b.firstLine,
					encoding: source.encoding,
					layout: source.layout,
					map: null,
					invalidLimit: 0
				});
				keys.catch(() => {});
				inflight.push(keys);
				while (inflight.length > executor.capacity) add(await inflight.shift());
			}
			progress.update(rows, bytes);
		}
		for (const keys of inflight) add(await keys);
		progress.done();
	}
	return finder.finish();
}
// dist/i18n/lang.js
/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG; Chinese if it starts with zh. */
function langFromEnv(env) {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
	return /^zh/i.test(locale) ? "zh" : "en";
}
// dist/cli/format.js
const BY_EXTENSION = {
	".json": "json",
	".ndjson": "ndjson",
	".jsonl": "ndjson",
	".csv": "csv",
	".txt": "table"
};
/** The output format when none is given: from the output file's extension, else table on a terminal, json otherwise. */
function defaultFormat(output, stdout, allowed) {
	if (output) {
		const byExt = BY_EXTENSION[extname(output).toLowerCase()];
		if (byExt && allowed.includes(byExt)) return byExt;
		throw new UsageError(`--output ${output}: cannot tell the format from the name; give --format ${allowed.join("|")}`);
	}
	return stdout.isTTY ? "table" : "json";
}
// dist/cli/options.js
/**
* The options that several commands share, in one table: each option's flags, help text,
* and how its value is read. Commands pick the ones they take.
*/
const collect = (value, previous = []) => [...previous, value];
function asOfValue(value) {
	const r = parseDate(value);
	if (isInvalid(r)) throw new UsageError(`--as-of ${value}: ${r.error}`);
	return r;
}
function choice(flag, allowed) {
	return (value) => {
		const v = value.toLowerCase();
		if (!allowed.includes(v)) throw new UsageError(`${flag} ${value}: use one of ${allowed.join(", ")}`);
		return v;
	};
}
const COMMON_OPTIONS = {
	format: (formats) => new Option("-f, --format <format>", `output format: ${formats.join(", ")} (default: table on a terminal, json otherwise)`).argParser(choice("--format", formats)),
	asOf: () => new Option("--as-of <date>", "evaluation date, YYYY-MM-DD (default: today in China)").argParser(asOfValue),
	explain: () => new Option("--explain", "show every condition with its value and outcome, and the citation"),
	lang: () => new Option("--lang <lang>", "language of the text: zh or en (default: from LANG)").argParser(choice("--lang", ["zh", "en"])),
	output: () => new Option("-o, --output <file>", "write to this file (atomically) instead of standard output"),
	noColor: () => new Option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are honoured too)"),
	quiet: () => new Option("-q, --quiet", "no summary or error lines on standard error"),
	param: () => new Option("--param <name=value>", "set a rules parameter (repeatable; lists comma-separated)").argParser(collect),
	params: () => new Option("--params <file>", "set rules parameters from a YAML or JSON file"),
	rules: () => new Option("--rules <path>", "a rules pack to use: an overlay (top key overlay:) applies on top of the built-in pack; a pack replaces it (repeatable)").argParser(collect),
	inputFormat: (formats) => new Option("--input-format <format>", `format of standard input (or of files whose name does not tell): ${formats.join(", ")}`).argParser(choice("--input-format", formats)),
	debug: () => new Option("--debug", "show stack traces of errors"),
	type: () => new Option("--type <type>", "record type of rows without a type column: placement, hire or startup").argParser(choice("--type", RECORD_TYPES)),
	encoding: () => new Option("--encoding <encoding>", "encoding of CSV input: auto, utf8 or gb18030 (gbk is an alias) (default: auto)").argParser((value) => {
		const e = encodingChoice(value);
		if (!e) throw new UsageError(`--encoding ${value}: use auto, utf8 or gb18030 (gbk)`);
		return e;
	}),
	failOn: (allowed) => new Option("--fail-on <list>", `exit 1 when any of these is found: ${allowed.join(", ")} (comma-separated; repeatable)`).argParser((value, previous = []) => {
		const items = value.split(",").map((v) => v.trim()).filter(Boolean);
		if (items.filter((v) => !allowed.includes(v)).length || !items.length) throw new UsageError(`--fail-on ${value}: use any of ${allowed.join(", ")}, comma-separated`);
		return [.../* @__PURE__ */ new Set([...previous, ...items])];
	}),
	maskIds: () => new Option("--mask-ids", "mask ID numbers and credit codes in json, ndjson and csv output too (first 6 and last 4 shown)"),
	noMask: () => new Option("--no-mask", "show ID numbers and credit codes in full, tables included"),
	errors: () => new Option("--errors <file>", "write the invalid records, with line and reason, to this CSV file"),
	bom: () => new Option("--bom", "start CSV output with a UTF-8 byte order mark, for Excel"),
	jobs: () => new Option("--jobs <n>", "worker threads for CSV batches; 0 evaluates in the main thread (default: by input size and cores)").argParser((value) => {
		const n = Number(value);
		if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--jobs ${value}: use a whole number from 0 to 64`);
		return n;
	}),
	fileFormat: (formats, fallback) => new Option("-f, --format <format>", `file format: ${formats.join(", ")} (default: from the --output file's extension, else ${fallback})`).argParser(choice("--format", formats))
};
// dist/rules/schema.js
/**
* The rules-pack format, as a zod schema: the one definition of what a pack may say.
*/
const Id = string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and _ (like startup_grant)");
/** A fact's name: an Id that no JavaScript object already has (constructor), as records hold facts by name. */
const FactName = Id.refine((name) => !(name in Object.prototype), "a reserved name (every JavaScript object has it); choose another");
const Bilingual = strictObject({
	zh: string().min(1),
	en: string().min(1)
});
const ParamRef = strictObject({ param: Id });
/** A literal value, or a reference to a parameter. */
const ValueSpec = union([
	ParamRef,
	union([
		string(),
		number(),
		boolean()
	]),
	array(union([string(), number()]))
]);
const CitationSpec = strictObject({
	source: Id,
	text: string().min(1),
	gloss: string().min(1)
});
/** Conditions that an overlay adds carry the citation of the local rule they rest on. */
const conditionBase = {
	id: Id,
	label: Bilingual,
	citation: CitationSpec.optional()
};
const OPERATORS = [
	"present",
	"eq",
	"ne",
	"gt",
	"gte",
	"lt",
	"lte",
	"any_in",
	"none_in",
	"retained"
];
const ConditionSpec = discriminatedUnion("op", [
	strictObject({
		...conditionBase,
		op: literal("present"),
		fact: Id
	}),
	strictObject({
		...conditionBase,
		op: _enum([
			"eq",
			"ne",
			"gt",
			"gte",
			"lt",
			"lte"
		]),
		fact: Id,
		value: ValueSpec
	}),
	strictObject({
		...conditionBase,
		op: _enum(["any_in", "none_in"]),
		fact: Id,
		value: ValueSpec,
		match: _enum(["exact", "district"]).optional()
	}),
	strictObject({
		...conditionBase,
		op: literal("retained"),
		start: Id,
		end: Id,
		months: union([ParamRef, number().int().positive()])
	})
]);
const AmountSpec = union([
	ParamRef,
	strictObject({ yuan: number().nonnegative() }),
	strictObject({
		fact: Id,
		cap: union([ParamRef, number().nonnegative()]).optional()
	})
]);
const IsoDate = string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD").refine((d) => isValidDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), "not a date on the calendar");
const ProgramSpec = strictObject({
	id: Id,
	name: Bilingual,
	claimant: Bilingual,
	kind: _enum(["grant", "loan"]),
	record_type: _enum(RECORD_TYPES),
	per_person: boolean().default(true),
	conditions: array(ConditionSpec),
	amount: AmountSpec,
	citation: CitationSpec,
	from: IsoDate.optional(),
	to: IsoDate.optional()
});
const paramBase = {
	label: Bilingual,
	note: Bilingual.optional()
};
const ParamSpec = discriminatedUnion("type", [
	strictObject({
		...paramBase,
		type: literal("money"),
		default: number().nonnegative().nullable()
	}),
	strictObject({
		...paramBase,
		type: literal("integer"),
		default: number().int().nonnegative().nullable()
	}),
	strictObject({
		...paramBase,
		type: literal("list"),
		of: _enum([
			"enterprise_category",
			"group",
			"district",
			"text"
		]),
		default: array(union([string(), number()]))
	})
]);
const DistrictSpec = strictObject({
	name: string().min(1),
	aliases: array(union([string(), number()]))
});
/** A record field that a pack adds to the built-in record types (an overlay's `facts`). */
const FactSpec = strictObject({
	type: _enum([
		"integer",
		"number",
		"money",
		"date",
		"text",
		"list"
	]),
	record_types: array(_enum(RECORD_TYPES)).min(1),
	label: Bilingual,
	/** Chinese headers accepted for it. */
	zh: array(string().min(1)).default([])
});
const PackSpec = strictObject({
	pack: string().min(1),
	/** Record fields beyond the built-in ones that the pack's conditions read. */
	facts: record(FactName, FactSpec).default({}),
	version: number().int().positive(),
	title: Bilingual,
	sources: record(Id, Bilingual),
	interpretation: array(strictObject({
		id: Id,
		zh: string(),
		en: string()
	})).default([]),
	params: record(Id, ParamSpec),
	programs: array(ProgramSpec).min(1),
	districts: array(DistrictSpec).default([])
});
/** Changes an overlay makes to a program of the pack below it. */
const AmendSpec = strictObject({
	add_conditions: array(ConditionSpec).default([]),
	/** The local rule the added conditions rest on. */
	citation: CitationSpec.optional(),
	from: IsoDate.optional(),
	to: IsoDate.optional()
});
/** A parameter an overlay defines, or a value it gives to one of the pack below. */
const OverlayParam = union([
	ParamSpec,
	number(),
	string(),
	array(union([string(), number()])),
	_null()
]);
const OverlaySpec = strictObject({
	overlay: string().min(1),
	version: number().int().positive(),
	title: Bilingual,
	/** The pack it was written for (checked when given). */
	applies_to: string().min(1).optional(),
	sources: record(Id, Bilingual).default({}),
	facts: record(FactName, FactSpec).default({}),
	params: record(Id, OverlayParam).default({}),
	programs: array(ProgramSpec).default([]),
	amend: record(Id, AmendSpec).default({})
});
// dist/rules/load.js
/**
* Loads the rules: the built-in pack (or another), then any overlay packs on top of it.
* Each file is read as YAML, validated with its zod schema, merged, and compiled. Every
* problem found on the way is reported with its file, line and column, and what is allowed
* there; a pack with problems is not used.
*/
const BUILTIN_PACK_PATH = fileURLToPath(new URL("../../rules/cq-2020-return-to-work.yaml", import.meta.url));
function formatProblem(p) {
	return `${p.file}${p.line ? `:${p.line}:${p.col}` : ""}: ${p.where ? `${p.where}: ` : ""}${p.message}`;
}
/** A pack with problems: each one is a line of the message. */
var RulesProblems = class extends RulesError {
	problems;
	constructor(problems) {
		super(problems.length === 1 ? `invalid rules: ${formatProblem(problems[0])}` : `invalid rules (${problems.length} problems):\n${problems.map(formatProblem).join("\n")}`);
		this.problems = problems;
	}
};
function readDoc(path) {
	let source;
	try {
		source = readFileSync(path, "utf8");
	} catch (e) {
		const code = e.code;
		throw new RulesError(`${path}: cannot read the rules pack (${code === "ENOENT" ? "no such file" : code ?? e.message}); check the path`);
	}
	const counter = new import_dist.LineCounter();
	const doc = (0, import_dist.parseDocument)(source, {
		lineCounter: counter,
		prettyErrors: false
	});
	const err = doc.errors[0];
	if (err) {
		const pos = counter.linePos(err.pos[0]);
		throw new RulesProblems([{
			file: path,
			line: pos.line,
			col: pos.col,
			where: "",
			message: `not valid YAML (${err.code.toLowerCase().replace(/_/g, " ")}); fix the indentation or quoting there`
		}]);
	}
	return {
		path,
		doc,
		counter,
		data: doc.toJS({ maxAliasCount: -1 })
	};
}
/** The nearest position in the document of a path (or of its nearest ancestor that has one). */
function position(d, path) {
	for (let i = path.length; i >= 0; i--) {
		const node = d.doc.getIn(path.slice(0, i), true);
		if ((0, import_dist.isNode)(node) && node.range) return d.counter.linePos(node.range[0]);
	}
}
var ProblemList = class {
	list = [];
	/** Where each object of the parsed packs came from. */
	origin = /* @__PURE__ */ new WeakMap();
	add(doc, path, message) {
		const pos = position(doc, path);
		this.list.push({
			file: doc.path,
			...pos ? {
				line: pos.line,
				col: pos.col
			} : {},
			where: path.join("."),
			message
		});
	}
	/** A problem at an object of a parsed pack, or below it. */
	at(object, below, message) {
		const from = this.origin.get(object);
		if (from) this.add(from.doc, [...from.path, ...below], message);
		else this.list.push({
			file: "",
			where: below.join("."),
			message
		});
	}
	mark(object, doc, path) {
		if (object && typeof object === "object") this.origin.set(object, {
			doc,
			path
		});
	}
};
/** Conditions whose operator is not one of ours: said plainly, before zod says it its way. */
function checkOperators(d, problems) {
	const reported = /* @__PURE__ */ new Set();
	const visit = (conditions, path) => {
		if (!Array.isArray(conditions)) return;
		conditions.forEach((c, j) => {
			const op = c?.op;
			if (c && typeof c === "object" && !OPERATORS.includes(op)) {
				problems.add(d, [
					...path,
					j,
					"op"
				], `unknown operator ${JSON.stringify(op)}; the operators are ${OPERATORS.join(", ")}`);
				reported.add([...path, j].join("."));
			}
		});
	};
	const data = d.data;
	(data?.programs ?? []).forEach((p, i) => visit(p?.conditions, [
		"programs",
		i,
		"conditions"
	]));
	for (const [id, a] of Object.entries(data?.amend ?? {})) visit(a?.add_conditions, [
		"amend",
		id,
		"add_conditions"
	]);
	return reported;
}
function describeIssue(issue) {
	if (issue.code === "unrecognized_keys") return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
	if (issue.code === "invalid_type" && issue.message.includes("undefined")) return `missing: ${issue.message.replace(/^Invalid input: /, "")}`;
	if (issue.code === "invalid_key" && issue.issues.length) return issue.issues.map((i) => i.message).join("; ");
	return issue.message;
}
function addIssues(d, issues, prefix, reported, problems) {
	for (const issue of issues) {
		const path = [...prefix, ...issue.path];
		if ([...reported].some((r) => path.join(".").startsWith(r))) continue;
		const message = path.at(-1) === "citation" && issue.code === "invalid_type" ? "missing citation: every program cites the sentence it rests on (citation: {source, text, gloss})" : describeIssue(issue);
		problems.add(d, path, message);
	}
}
/** The parts of a pack checked one by one, so that one bad program does not hide the problems of the others. */
const PARTS = {
	programs: {
		list: true,
		schema: ProgramSpec
	},
	params: {
		list: false,
		schema: OverlayParam
	},
	facts: {
		list: false,
		schema: FactSpec
	},
	amend: {
		list: false,
		schema: AmendSpec
	}
};
/** The path of entry `i` of a list, counting the entries taken out. */
function keptPath(kept, list, i) {
	return [...list, kept.get(list.join("."))?.[i] ?? i];
}
function parseSpec(d, schema, problems, kept) {
	const reported = checkOperators(d, problems);
	const data = d.data;
	if (!data || typeof data !== "object" || Array.isArray(data)) {
		problems.add(d, [], "a rules pack is a mapping (pack: or overlay:, title, programs, …)");
		return;
	}
	const valid = { ...data };
	for (const [key, part] of Object.entries(PARTS)) {
		const value = valid[key];
		if (part.list ? !Array.isArray(value) : !value || typeof value !== "object" || Array.isArray(value)) continue;
		const entries = part.list ? value.map((v, i) => [i, v]) : Object.entries(value);
		const good = [];
		for (const [k, original] of entries) {
			let v = original;
			const list = key === "programs" ? "conditions" : key === "amend" ? "add_conditions" : void 0;
			const conditions = list && v && typeof v === "object" ? v[list] : void 0;
			if (list && Array.isArray(conditions)) {
				const indexes = [];
				const good = conditions.filter((c, j) => {
					const r = ConditionSpec.safeParse(c);
					if (!r.success) addIssues(d, r.error.issues, [
						key,
						k,
						list,
						j
					], reported, problems);
					else indexes.push(j);
					return r.success;
				});
				kept.set([
					key,
					k,
					list
				].join("."), indexes);
				v = {
					...v,
					[list]: good
				};
			}
			const r = part.schema.safeParse(v);
			if (r.success) good.push([k, v]);
			else addIssues(d, r.error.issues, [key, k], reported, problems);
		}
		if (part.list) kept.set(key, good.map(([k]) => k));
		valid[key] = part.list ? good.map(([, v]) => v) : Object.fromEntries(good);
	}
	const parsed = schema.safeParse(valid);
	if (parsed.success) return parsed.data;
	addIssues(d, parsed.error.issues, [], reported, problems);
}
function markProgram(problems, program, doc, path, kept) {
	problems.mark(program, doc, path);
	program.conditions.forEach((c, j) => problems.mark(c, doc, keptPath(kept, [...path, "conditions"], j)));
}
/** The pack with the overlays applied: programs added or amended, parameters defined or set. */
function merge(base, baseDoc, baseKept, overlays, problems) {
	const spec = {
		...base,
		sources: { ...base.sources },
		params: { ...base.params },
		programs: [...base.programs],
		facts: { ...base.facts }
	};
	base.programs.forEach((p, i) => markProgram(problems, p, baseDoc, keptPath(baseKept, ["programs"], i), baseKept));
	for (const [name, fact] of Object.entries(base.facts)) problems.mark(fact, baseDoc, ["facts", name]);
	for (const [name, param] of Object.entries(base.params)) problems.mark(param, baseDoc, ["params", name]);
	const presets = [];
	const defaultSources = {};
	for (const { spec: o, doc, kept } of overlays) {
		if (o.applies_to && o.applies_to !== base.pack) problems.add(doc, ["applies_to"], `written for the pack ${o.applies_to}, but the pack below it is ${base.pack}`);
		for (const [id, source] of Object.entries(o.sources)) {
			if (spec.sources[id] && JSON.stringify(spec.sources[id]) !== JSON.stringify(source)) problems.add(doc, ["sources", id], `source ${id} is already defined; give yours another name`);
			spec.sources[id] = source;
		}
		for (const [name, fact] of Object.entries(o.facts)) {
			const builtin = fact.record_types.find((t) => FIELDS[t].some((f) => f.name === name));
			if (builtin) problems.add(doc, ["facts", name], `${builtin} records already have a field ${name}; a fact adds a field they do not have`);
			else if (spec.facts[name]) problems.add(doc, ["facts", name], `fact ${name} is already declared`);
			spec.facts[name] = fact;
			problems.mark(fact, doc, ["facts", name]);
		}
		for (const [name, value] of Object.entries(o.params)) if (value !== null && typeof value === "object" && !Array.isArray(value)) {
			if (spec.params[name]) problems.add(doc, ["params", name], `parameter ${name} is already defined; give it a value instead (${name}: VALUE)`);
			else {
				spec.params[name] = value;
				defaultSources[name] = `overlay ${o.overlay}`;
			}
			problems.mark(value, doc, ["params", name]);
		} else if (!spec.params[name]) problems.add(doc, ["params", name], `unknown parameter ${name}; define it (type, default, label) or set one of ${Object.keys(spec.params).join(", ")}`);
		else presets.push({
			name,
			raw: value,
			source: `overlay ${o.overlay}`,
			report: (message) => problems.add(doc, ["params", name], message)
		});
		for (const [id, amend] of Object.entries(o.amend)) {
			const index = spec.programs.findIndex((p) => p.id === id);
			if (index === -1) {
				problems.add(doc, ["amend", id], `there is no program ${id} to amend; the programs are ${spec.programs.map((p) => p.id).join(", ")}`);
				continue;
			}
			const program = spec.programs[index];
			const added = amend.add_conditions.map((c, j) => {
				const citation = c.citation ?? amend.citation;
				const at = keptPath(kept, [
					"amend",
					id,
					"add_conditions"
				], j);
				if (!citation) problems.add(doc, at, "missing citation: a condition an overlay adds cites the local rule it rests on (citation: {source, text, gloss}, on the condition or the amendment)");
				const withCitation = citation ? {
					...c,
					citation
				} : c;
				problems.mark(withCitation, doc, at);
				return withCitation;
			});
			const amended = {
				...program,
				conditions: [...program.conditions, ...added],
				...amend.from ? { from: amend.from } : {},
				...amend.to ? { to: amend.to } : {}
			};
			const from = problems.origin.get(program);
			if (from) problems.origin.set(amended, from);
			spec.programs[index] = amended;
		}
		o.programs.forEach((p, i) => {
			const at = keptPath(kept, ["programs"], i);
			if (spec.programs.some((q) => q.id === p.id)) problems.add(doc, [...at, "id"], `program ${p.id} already exists; amend it, or choose another id`);
			spec.programs.push(p);
			markProgram(problems, p, doc, at, kept);
		});
	}
	const ids = /* @__PURE__ */ new Set();
	for (const p of spec.programs) {
		if (ids.has(p.id)) problems.at(p, ["id"], `program ${p.id} is defined twice`);
		ids.add(p.id);
		const sources = Object.keys(spec.sources).join(", ");
		if (!spec.sources[p.citation.source]) problems.at(p, ["citation", "source"], `unknown source ${p.citation.source}; the sources are ${sources}`);
		for (const c of p.conditions) if (c.citation && !spec.sources[c.citation.source]) problems.at(c, ["citation", "source"], `unknown source ${c.citation.source}; the sources are ${sources}`);
		if (p.from && p.to && p.to < p.from) problems.at(p, ["to"], `the program ends (${p.to}) before it begins (${p.from})`);
	}
	const facts = Object.fromEntries(RECORD_TYPES.map((t) => [t, []]));
	for (const [name, fact] of Object.entries(spec.facts)) for (const t of fact.record_types) facts[t].push(factField(name, fact));
	return {
		spec,
		facts,
		presets,
		defaultSources,
		overlays: overlays.map(({ spec: o, doc }) => ({
			name: o.overlay,
			version: o.version,
			path: doc.path
		}))
	};
}
/** Whether a program is in effect on a date (no dates: always). */
function inEffect(program, asOf) {
	return asOf === void 0 || (!program.from || program.from <= asOf) && (!program.to || asOf <= program.to);
}
function assemble(options, problems) {
	const path = options.path ?? BUILTIN_PACK_PATH;
	const baseDoc = readDoc(path);
	const baseKept = /* @__PURE__ */ new Map();
	const base = parseSpec(baseDoc, PackSpec, problems, baseKept);
	const overlays = [];
	for (const p of options.overlays ?? []) {
		const doc = readDoc(p);
		const kept = /* @__PURE__ */ new Map();
		const spec = parseSpec(doc, OverlaySpec, problems, kept);
		if (spec) overlays.push({
			spec,
			doc,
			kept
		});
	}
	if (!base) return void 0;
	return {
		merged: merge(base, baseDoc, baseKept, overlays, problems),
		path
	};
}
/** Loads the rules; throws RulesProblems listing every problem of the packs. */
function loadRules(options = {}) {
	const problems = new ProblemList();
	const assembled = assemble(options, problems);
	if (!assembled) throw new RulesProblems(problems.list);
	const { merged, path } = assembled;
	const { spec } = merged;
	const districts = districtResolver(spec.districts);
	const usable = Object.fromEntries(Object.entries(spec.params).filter(([name, param]) => {
		const r = parseParamValue(param, param.default, districts);
		if (!r.ok) problems.at(param, ["default"], `parameter ${name}: invalid default: ${r.error}`);
		return r.ok;
	}));
	const presets = merged.presets.filter((preset) => {
		const r = parseParamValue(spec.params[preset.name], preset.raw, districts);
		if (!r.ok) preset.report(`parameter ${preset.name} = ${JSON.stringify(preset.raw)}: ${r.error}`);
		return r.ok;
	});
	const params = resolveParams({
		...spec,
		params: usable
	}, districts, {
		...options,
		presets,
		defaultSources: merged.defaultSources
	});
	const programs = spec.programs;
	for (const t of RECORD_TYPES) {
		const ofType = programs.filter((p) => p.record_type === t);
		if (ofType.length > 16) problems.at(ofType[16], [], `${t} records have ${ofType.length} programs; at most 16 can be checked for duplicate claims`);
	}
	const pack = packFromData({
		name: spec.pack,
		version: spec.version,
		path,
		overlays: merged.overlays,
		spec,
		params,
		facts: merged.facts,
		...options.asOf ? { asOf: options.asOf } : {}
	}, (object, at, message) => problems.at(object, at, message));
	if (problems.list.length) throw new RulesProblems(problems.list);
	return pack;
}
/**
* Sorts rules files into a base pack (which replaces the built-in one) and overlays (top key
* `overlay`), kept in their order.
*/
function packFiles(paths) {
	const overlays = [];
	let base;
	for (const p of paths) {
		const data = readDoc(p).data;
		if (data && typeof data === "object" && "overlay" in data) overlays.push(p);
		else if (base) throw new RulesError(`${p}: a second base pack (after ${base}); only one pack can replace the built-in one, the others must be overlays (top key overlay:)`);
		else base = p;
	}
	return {
		...base ? { path: base } : {},
		overlays
	};
}
/**
* Every problem of a pack, or of overlays on top of the built-in pack (a file whose top key
* is `overlay`); none when it is valid.
*/
function checkRules(paths) {
	try {
		loadRules(packFiles(paths));
		return [];
	} catch (e) {
		if (e instanceof RulesProblems) return e.problems;
		throw e;
	}
}
// dist/cli/rules-options.js
/**
* Loads the rules pack with the parameter overrides given on the command line.
*/
function readParamsFile(path) {
	let text;
	try {
		text = readFileSync(path, "utf8");
	} catch (e) {
		throw new RulesError(`--params ${path}: cannot read it (${e.code ?? e.message}); check the path`);
	}
	if (extname(path).toLowerCase() === ".json") try {
		return JSON.parse(text);
	} catch (e) {
		throw new RulesError(`--params ${path}: not valid JSON: ${e.message.split("\n")[0]}`);
	}
	const counter = new import_dist.LineCounter();
	const doc = (0, import_dist.parseDocument)(text, {
		lineCounter: counter,
		prettyErrors: false
	});
	const err = doc.errors[0];
	if (err) {
		const pos = counter.linePos(err.pos[0]);
		throw new RulesError(`--params ${path}:${pos.line}:${pos.col}: not valid YAML (${err.code.toLowerCase().replace(/_/g, " ")}); fix the file there`);
	}
	return doc.toJS();
}
/** How to load the rules the flags ask for (plain data: worker threads load the same). */
function rulesOptions(flags, asOf) {
	return {
		...packFiles(flags.rules ?? []),
		...flags.params ? { file: {
			name: `--params ${flags.params}`,
			values: readParamsFile(flags.params)
		} } : {},
		flags: flags.param ?? [],
		...asOf ? { asOf } : {}
	};
}
function loadRulesFromFlags(flags, asOf) {
	const options = rulesOptions(flags, asOf);
	return {
		pack: loadRules(options),
		options
	};
}
// dist/cli/evaluate.js
/**
* `subsidy evaluate FILE...` and `subsidy audit FILE...`: commander wiring only. Both read the
* same inputs with the same options; audit writes claimed against computed.
*/
const COMMANDS = {
	evaluate: {
		description: "evaluate case files (JSON, YAML) and CSV batches against the rules; - reads standard input",
		failOn: FAIL_ON.filter((f) => f !== "over" && f !== "under")
	},
	audit: {
		description: "compare what was claimed (claimed_<program>) with what the rules give: match, over, under, unclaimed, unverifiable",
		failOn: FAIL_ON
	}
};
function batchCommand(mode, io, setExit) {
	const command = new Command(mode).description(COMMANDS[mode].description).argument("<files...>", "inputs: .csv, .json, .yaml or .yml files, or - for standard input").addOption(COMMON_OPTIONS.format(OUTPUT_FORMATS)).addOption(COMMON_OPTIONS.asOf());
	if (mode === "evaluate") command.addOption(COMMON_OPTIONS.explain());
	return command.addOption(COMMON_OPTIONS.lang()).addOption(COMMON_OPTIONS.output()).addOption(COMMON_OPTIONS.noColor()).addOption(COMMON_OPTIONS.quiet()).addOption(COMMON_OPTIONS.param()).addOption(COMMON_OPTIONS.params()).addOption(COMMON_OPTIONS.rules()).addOption(COMMON_OPTIONS.inputFormat([
		"csv",
		"json",
		"yaml"
	])).addOption(COMMON_OPTIONS.type()).addOption(COMMON_OPTIONS.encoding()).addOption(COMMON_OPTIONS.errors()).addOption(COMMON_OPTIONS.bom()).addOption(COMMON_OPTIONS.jobs()).addOption(COMMON_OPTIONS.failOn(COMMANDS[mode].failOn)).addOption(COMMON_OPTIONS.maskIds()).addOption(COMMON_OPTIONS.noMask()).action(async (files, flags) => {
		if (flags.output === "-") delete flags.output;
		const asOf = flags.asOf ?? todayInChina();
		const threads = startEarly(files, flags);
		try {
			const { pack } = loadRulesFromFlags(flags, asOf);
			const format = flags.format ?? defaultFormat(flags.output, io.stdout, OUTPUT_FORMATS);
			setExit(await runEvaluate({
				mode,
				inputs: files,
				...flags.inputFormat ? { inputFormat: flags.inputFormat } : {},
				format,
				...flags.output ? { output: flags.output } : {},
				asOf,
				explain: flags.explain ?? false,
				lang: flags.lang ?? langFromEnv(io.env),
				color: flags.color,
				quiet: flags.quiet ?? false,
				...flags.type ? { type: flags.type } : {},
				encoding: flags.encoding ?? "auto",
				...flags.errors ? { errors: flags.errors } : {},
				bom: flags.bom ?? false,
				...flags.jobs !== void 0 ? { jobs: flags.jobs } : {},
				mask: flags.mask && (format === "table" || flags.maskIds === true),
				failOn: flags.failOn ?? [],
				...threads ? { threads } : {}
			}, pack, io));
		} finally {
			await Promise.all(threads?.map((t) => t.terminate()) ?? []);
		}
	});
}
// dist/records/examples.js
/** A valid resident ID number (GB 11643) and unified social credit code (GB 32100). */
const EXAMPLE_RESIDENT_ID = "11010519491231002X";
const EXAMPLE_CREDIT_CODE = "91350100M000100Y43";
const FIELD_EXAMPLES = {
	placement: {
		case_id: "RS-2020-0001",
		agency_name: "重庆渝才人力资源服务有限公司",
		agency_credit_code: EXAMPLE_CREDIT_CODE,
		worker_name: "张伟",
		worker_id: EXAMPLE_RESIDENT_ID,
		enterprise_name: "重庆长寿电子科技有限公司",
		enterprise_credit_code: EXAMPLE_CREDIT_CODE,
		enterprise_category: "electronics",
		contract_signed: "2020-02-20",
		employment_start: "2020-02-20",
		employment_end: "2020-06-30",
		organization_cost: 850,
		claimed_recruitment: 500,
		claimed_emergency: 600,
		claimed_organization: 850
	},
	hire: {
		case_id: "QY-2020-0001",
		enterprise_name: "重庆长寿电子科技有限公司",
		enterprise_credit_code: EXAMPLE_CREDIT_CODE,
		worker_name: "赵敏",
		worker_id: EXAMPLE_RESIDENT_ID,
		worker_group: "poverty_registered",
		contract_signed: "2020-03-01",
		employment_start: "2020-03-02",
		claimed_hiring: 6e3
	},
	startup: {
		case_id: "CS-2020-0001",
		applicant_name: "黄海",
		applicant_id: EXAMPLE_RESIDENT_ID,
		applicant_group: "migrant_worker",
		business_district: "长寿区",
		business_registered: "2020-03-12",
		loan_requested: 1e5,
		claimed_startup_grant: 8e3,
		claimed_startup_loan: 1e5
	}
};
/** What a record of each type stands for, in both languages. */
const TYPE_MEANINGS = {
	placement: {
		zh: "人力资源服务机构介绍劳动者与企业签订合同",
		en: "an HR service agency placed a worker at an enterprise"
	},
	hire: {
		zh: "企业吸纳劳动者就业",
		en: "an enterprise hired a worker"
	},
	startup: {
		zh: "个人创业",
		en: "an individual started a business"
	}
};
// dist/app/write-text.js
async function writeText(text, out) {
	if ("file" in out) checkOutputPath("--output", out.file);
	const sink = "file" in out ? Sink.file(out.file) : Sink.stdout(out.stream);
	try {
		await sink.write(text);
		await sink.commit();
	} catch (e) {
		sink.abort();
		throw e;
	}
}
[...RECORD_TYPES];
/** Reads the TYPE argument: a record type (or its Chinese name) or `case`; a usage error otherwise. */
function schemaTargetOf(value) {
	if (value.trim().toLowerCase() === "case") return "case";
	const type = recordTypeOf(value);
	if (type) return type;
	throw new UsageError(`unknown type "${value}": use placement, hire or startup (one record of that type), or case (a case file, the default)`);
}
/** The values of `type` that stand for a record type: its name and its Chinese names. */
function typeValues(type) {
	return Object.keys(TYPE_ALIASES).filter((k) => TYPE_ALIASES[k] === type);
}
function list(items) {
	return items.join("、");
}
/** What the value parsers accept for each kind of field, in words. */
function kindHint(spec) {
	switch (spec.kind) {
		case "resident_id": return "18 characters (GB 11643): 17 digits and a check character, a digit or X; write it as text (quoted), since a number loses digits";
		case "credit_code": return "18 characters (GB 32100) with a valid check character";
		case "date": return "a date: 2020-02-20, 2020/2/20, 2020.2.20 or 2020年2月20日";
		case "money": return "yuan with at most two decimals: a number, or text such as 1,000.50, ¥1000 or 1000元";
		case "categories": return `one or more of ${ENTERPRISE_CATEGORIES.map((c) => `${c} (${CATEGORY_LABELS[c].zh})`).join(", ")}; several as key;electronics or a list`;
		case "groups": return `one or more groups, open-ended: ${Object.entries(GROUP_LABELS).map(([g, l]) => `${g} (${l.zh})`).join(", ")} or any other name; several separated by ; or as a list`;
		default: return;
	}
}
const ALSO_NAMED = "Chinese names, accepted as keys and CSV headers: ";
function describeField(spec) {
	const hint = kindHint(spec);
	return `${spec.en}${hint ? `; ${hint}` : ""}. ` + (spec.required ? "Required. " : "Empty or null when not known. ") + `${ALSO_NAMED}${list(spec.zh)}.`;
}
/** The `type` of a record (which a Chinese header may name too), or of a case (only `type`). */
function typeProperty(type, of) {
	const names = list(typeValues(type).filter((v) => v !== type));
	return _enum(typeValues(type)).meta({
		title: TYPE_FIELD.zh[0],
		description: of === "record" ? `the record type: ${type} (${names}). ${ALSO_NAMED}${list(TYPE_FIELD.zh)}.` : `the type of the case's records: ${type} (${names}); a record may name another in its own type.`
	});
}
/** A field as a file may write it: the record schema's own field, optional ones also null. */
function fieldProperty(type, spec) {
	const field = RECORD_SCHEMAS[type].shape[spec.name];
	if (!field) throw new Error(`the record schema of ${type} has no field ${spec.name}`);
	return (spec.required ? field : field.nullable()).meta({
		title: spec.zh[0],
		description: describeField(spec)
	});
}
/** One record of a type; its `type` may be left out, and keys that are not fields are allowed. */
function recordSchema(type, id) {
	const shape = { type: typeProperty(type, "record").optional() };
	for (const spec of FIELDS[type]) shape[spec.name] = fieldProperty(type, spec);
	return object(shape).loose().meta({
		...id ? { id } : {},
		title: `${type} record (${TYPE_NAMES[type].zh})`,
		description: `A ${type} record: ${TYPE_MEANINGS[type].en} (${TYPE_MEANINGS[type].zh}). Keys are the field names below or their Chinese headers; other keys are kept as data.`
	});
}
/** A case file: `{case_id, type, records}` or a list of records that each carry their type. */
function caseSchema() {
	const defs = Object.fromEntries(RECORD_TYPES.map((t) => [t, recordSchema(t, t)]));
	const typed = union(RECORD_TYPES.map((t) => intersection(defs[t], object({ type: unknown() })))).meta({
		id: "record",
		title: "a record with its type",
		description: `A record that carries its own type (${RECORD_TYPES.join(", ")}, or their Chinese names), as in a list of records.`
	});
	const caseId = RECORD_SCHEMAS.placement.shape.case_id.nullable().meta({
		title: FIELDS.placement[0].zh[0],
		description: "case (claim) identifier: the case_id of every record that has none. Empty or null when there is none."
	});
	const records = (item, description) => array(item).meta({
		title: "records",
		description
	});
	const caseOf = (t) => object({
		case_id: caseId,
		type: typeProperty(t, "case"),
		records: records(union([defs[t], typed]), `the case's records: ${t} records (a record may name another type in its own type)`)
	}).loose().meta({
		title: `a case of ${t} records`,
		description: `A case whose records are ${t} records: ${TYPE_MEANINGS[t].en}.`
	});
	const untypedCase = object({
		case_id: caseId,
		type: never().optional(),
		records: records(typed, "the case's records, each with its own type")
	}).loose().meta({
		title: "a case of records of several types",
		description: "A case without a type: each record names its own."
	});
	const recordList = array(typed).meta({
		title: "a list of records",
		description: "A list of records, each with its own type."
	});
	return union([
		...RECORD_TYPES.map(caseOf),
		untypedCase,
		recordList
	]).meta({
		title: "subsidy case file",
		description: "A case file for subsidy (JSON or YAML): a case {case_id, type, records: [...]} whose type applies to every record that does not name its own, or a list of records that each carry their type. Record types: " + RECORD_TYPES.map((t) => `${t} (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}`).join("; ") + "."
	});
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** `anyOf: [X, {type: "null"}]` (zod's nullable) → X with "null" among its types, annotations kept. */
function foldNull(property) {
	const options = property.anyOf;
	if (!Array.isArray(options) || options.length !== 2) return;
	const [inner, nul] = options;
	if (!isObject(inner) || !isObject(nul) || nul.type !== "null" || Object.keys(nul).length !== 1) return;
	delete property.anyOf;
	const { description: _d, title: _t, ...rest } = inner;
	if (Array.isArray(rest.anyOf)) {
		property.anyOf = [...rest.anyOf, { type: "null" }];
		delete rest.anyOf;
	} else if (rest.type !== void 0) {
		property.type = [...Array.isArray(rest.type) ? rest.type : [rest.type], "null"];
		delete rest.type;
	} else {
		property.anyOf = [inner, nul];
		return;
	}
	for (const [k, v] of Object.entries(rest)) if (!(k in property)) property[k] = v;
}
/** A required key that a Chinese header may stand for: required as any one of its names. */
function aliasRequired(schema, aliases) {
	const required = schema.required;
	if (!Array.isArray(required)) return;
	const keep = [];
	const clauses = [];
	for (const name of required) {
		const zh = aliases.get(name);
		if (zh?.length) clauses.push({ anyOf: [name, ...zh].map((n) => ({ required: [n] })) });
		else keep.push(name);
	}
	if (!clauses.length) return;
	if (keep.length) schema.required = keep;
	else delete schema.required;
	if (clauses.length === 1 && schema.anyOf === void 0) schema.anyOf = clauses[0].anyOf;
	else schema.allOf = [...schema.allOf ?? [], ...clauses];
}
function fieldAliases(type) {
	return new Map(FIELDS[type].map((s) => [s.name, s.zh]));
}
/** Completes a record type's JSON Schema from the field table. */
function annotateRecord(type, schema) {
	const properties = schema.properties;
	for (const spec of FIELDS[type]) annotateProperty(properties[spec.name], FIELD_EXAMPLES[type][spec.name]);
	aliasRequired(schema, fieldAliases(type));
}
/** A property: its null branch folded in, and the field table's example first among its examples. */
function annotateProperty(property, example) {
	foldNull(property);
	const examples = [example, ...property.examples ?? []];
	property.examples = examples.filter((e, i) => e !== void 0 && examples.findIndex((o) => JSON.stringify(o) === JSON.stringify(e)) === i);
}
const GENERATE = {
	io: "input",
	target: "draft-2020-12",
	unrepresentable: "throw"
};
/**
* The JSON Schema of one record of a type, or of a case file (`case`, the default). Generated
* anew on each call from the record schemas and the field table; nothing in it is written by hand.
*/
function jsonSchema(target = "case") {
	if (target !== "case") {
		const schema = toJSONSchema(recordSchema(target), GENERATE);
		annotateRecord(target, schema);
		return schema;
	}
	const schema = toJSONSchema(caseSchema(), GENERATE);
	const defs = schema.$defs;
	for (const t of RECORD_TYPES) annotateRecord(t, defs[t]);
	for (const option of schema.anyOf) {
		const properties = option.properties;
		if (!properties) continue;
		const type = recordTypeOf(properties.type.enum && properties.type.enum[0]) ?? "placement";
		annotateProperty(properties.case_id, FIELD_EXAMPLES[type].case_id);
	}
	const typeAliases = /* @__PURE__ */ new Map([[TYPE_FIELD.name, TYPE_FIELD.zh]]);
	for (const option of defs.record.anyOf) for (const member of option.allOf) aliasRequired(member, typeAliases);
	return schema;
}
/** Writes the schema, indented, to standard output or a file. */
async function runSchema(o, io) {
	const out = o.output ? { file: o.output } : { stream: io.stdout };
	await writeText(`${JSON.stringify(jsonSchema(o.target), null, 2)}\n`, out);
}
// dist/cli/schema.js
/**
* `subsidy schema [TYPE]`: commander wiring only. The JSON Schema of one record of a type, or
* of a case file (the default).
*/
function schemaCommand(io) {
	return new Command("schema").description("print the JSON Schema (draft 2020-12) of a record type or of a case file").addArgument(new Argument("[type]", "placement, hire or startup (one record of that type), or case (a case file: the default)").argParser(schemaTargetOf)).addOption(COMMON_OPTIONS.output()).action(async (target, flags) => {
		await runSchema({
			target: target ?? "case",
			...flags.output ? { output: flags.output } : {}
		}, io);
	});
}
// dist/app/template.js
/**
* `subsidy template TYPE`: an empty file to fill in, built from the field table.
*
* - CSV: one header row, every field of the type in the table's order, under its field name or
*   (Chinese) its first Chinese header, which reads back as the same field. There is no `type`
*   column: a file holds one type, given with `--type` when it is evaluated.
* - YAML: a case `{case_id, type, records}` with one example record, commented out: every field
*   with a valid example value and a comment saying what it means. Uncommented, it is a valid case.
* - JSON: the same case with one record whose values are all empty, and a `$comment` that says
*   how to fill it in (JSON has no comments; the reader ignores the key).
*
* In JSON and YAML the case carries the case_id, so the record leaves it out.
*/
const TEMPLATE_FORMATS = [
	"csv",
	"json",
	"yaml"
];
/** Reads the TYPE argument: placement, hire or startup (or a Chinese name of one); a usage error otherwise. */
function templateTypeOf(value) {
	const type = recordTypeOf(value);
	if (!type) throw new UsageError(`unknown type "${value}": use one of ${RECORD_TYPES.join(", ")}`);
	return type;
}
/** The format a template written to this file should have: from its extension, else CSV. */
function templateFormatFor(output) {
	const ext = output ? extname(output).toLowerCase() : "";
	return ext === ".json" ? "json" : ext === ".yaml" || ext === ".yml" ? "yaml" : "csv";
}
/** The key or header a field is written under. */
function keyOf(spec, lang) {
	return lang === "zh" ? spec.zh[0] : spec.name;
}
/** The CSV template's headers: every field of the type, in order. */
function templateHeaders(type, lang) {
	return FIELDS[type].map((spec) => keyOf(spec, lang));
}
/** The fields of a case file's record: all but case_id, which the case carries. */
function recordFields(type) {
	return FIELDS[type].filter((s) => s.name !== "case_id");
}
const PERSON = {
	placement: "worker",
	hire: "worker",
	startup: "applicant"
};
const TEXT = {
	en: {
		title: (t) => `subsidy case file: ${t} records (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}.`,
		steps: (t) => [
			"To fill it in:",
			"  1. Write the case_id.",
			"  2. Uncomment the example record under records: (remove the \"# \" at the start of its lines),",
			`     put your values in place of the examples, and copy it once per ${PERSON[t]}.`,
			"  3. Delete the line of a field you do not know: a result that needs it is then",
			"     \"undetermined\", never counted as not met.",
			"ID numbers and credit codes are text: keep their quotes. Dates are YYYY-MM-DD; amounts are yuan.",
			"Check the file: subsidy evaluate FILE --as-of YYYY-MM-DD. Its JSON Schema: subsidy schema case"
		],
		caseId: (example) => `case (claim) identifier, such as ${String(example)}`,
		type: (t) => `the type of every record: ${t} (${TYPE_NAMES[t].zh})`,
		field: (spec) => `${spec.en}${spec.required ? " (required)" : ""} · ${spec.zh[0]}`,
		json: (t) => `subsidy case file: ${t} records (${TYPE_NAMES[t].zh}): ${TYPE_MEANINGS[t].en}. Write the case_id and each record's values; copy the record once per ${PERSON[t]}. Leave a value empty when it is not known: a result that needs it is then undetermined. ID numbers and credit codes are text; dates are YYYY-MM-DD; amounts are yuan (850 or "850.00"). What each field means: subsidy schema ${t}. Check the file: subsidy evaluate FILE --as-of YYYY-MM-DD. This key is ignored.`
	},
	zh: {
		title: (t) => `subsidy 案件文件:${TYPE_NAMES[t].zh}(${t})记录,${TYPE_MEANINGS[t].zh}。`,
		steps: (t) => [
			"填写方法:",
			"  1. 填写 case_id(案件编号)。",
			"  2. 取消 records: 下示例记录的注释(删去各行开头的 \"# \"),把示例值换成实际值;",
			`     每${t === "startup" ? "位申请人" : "名劳动者"}复制一份。`,
			"  3. 不知道的字段,删去该行:需要它的结果为\"待定\"(undetermined),不会当作不符合。",
			"身份证号和统一社会信用代码是文本,请保留引号。日期写作 YYYY-MM-DD,金额单位为元。",
			"检查文件:subsidy evaluate 文件名 --as-of YYYY-MM-DD。JSON Schema:subsidy schema case"
		],
		caseId: (example) => `案件编号,例如 ${String(example)}`,
		type: (t) => `各条记录的类型:${TYPE_NAMES[t].zh}(${t})`,
		field: (spec) => `${spec.name}: ${spec.en}${spec.required ? "(必填)" : ""}`,
		json: (t) => `subsidy 案件文件:${TYPE_NAMES[t].zh}(${t})记录,${TYPE_MEANINGS[t].zh}。填写 case_id(案件编号)和每条记录的值;每${t === "startup" ? "位申请人" : "名劳动者"}复制一条记录。不知道的值留空:需要它的结果为"待定"(undetermined)。身份证号和统一社会信用代码是文本;日期写作 YYYY-MM-DD;金额单位为元(850 或 "850.00")。各字段含义:subsidy schema ${t}。检查文件:subsidy evaluate 文件名 --as-of YYYY-MM-DD。本键不被读取。`
	}
};
/** An example value as YAML: identifiers always quoted (a number would lose digits), the rest as YAML needs. */
function yamlValue(spec, value) {
	if (value === void 0) return "";
	if (spec.kind === "resident_id" || spec.kind === "credit_code" || spec.name === "case_id") return JSON.stringify(String(value));
	return (0, import_dist.stringify)(value).trimEnd();
}
/** Lines of `code  # comment`, the comments aligned (Chinese characters take two columns). */
function commented(lines) {
	const width = Math.max(...lines.map(([code]) => displayWidth(code)));
	return lines.map(([code, comment]) => comment ? `${code}${" ".repeat(width - displayWidth(code) + 2)}# ${comment}\n` : `${code}\n`).join("");
}
function yamlTemplate(type, lang) {
	const text = TEXT[lang];
	const examples = FIELD_EXAMPLES[type];
	const header = [
		text.title(type),
		"",
		...text.steps(type)
	].map((l) => l ? `# ${l}\n` : "#\n").join("");
	const fields = recordFields(type);
	return header + commented([
		["case_id:", text.caseId(examples.case_id ?? "")],
		[`type: ${type}`, text.type(type)],
		["records:", ""],
		...fields.map((spec, i) => [`  # ${i === 0 ? "- " : "  "}${keyOf(spec, lang)}: ${yamlValue(spec, examples[spec.name])}`, text.field(spec)])
	]);
}
function jsonTemplate(type, lang) {
	const record = Object.fromEntries(recordFields(type).map((spec) => [keyOf(spec, lang), ""]));
	const doc = {
		$comment: TEXT[lang].json(type),
		case_id: "",
		type,
		records: [record]
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}
/** The template's text. */
function template(o) {
	if (o.bom && o.format !== "csv") throw new UsageError(`--bom: a byte order mark is for CSV templates, not ${o.format}`);
	switch (o.format) {
		case "csv": return `${o.bom ? "﻿" : ""}${csvLine(templateHeaders(o.type, o.lang))}`;
		case "yaml": return yamlTemplate(o.type, o.lang);
		case "json": return jsonTemplate(o.type, o.lang);
	}
}
/** Writes the template to standard output or a file. */
async function runTemplate(o, io) {
	await writeText(template(o), o.output ? { file: o.output } : { stream: io.stdout });
}
// dist/cli/template.js
/**
* `subsidy template TYPE`: commander wiring only. An empty CSV, JSON or YAML file of a record
* type, to fill in.
*/
function templateCommand(io) {
	return new Command("template").description("write an empty file to fill in: a CSV header row, or a JSON or YAML case file with one example record").addArgument(new Argument("<type>", "record type: placement, hire or startup").argParser(templateTypeOf)).addOption(COMMON_OPTIONS.fileFormat(TEMPLATE_FORMATS, "csv")).addOption(COMMON_OPTIONS.lang()).addOption(COMMON_OPTIONS.output()).addOption(COMMON_OPTIONS.bom()).action(async (type, flags) => {
		await runTemplate({
			type,
			format: flags.format ?? templateFormatFor(flags.output),
			lang: flags.lang ?? langFromEnv(io.env),
			bom: flags.bom ?? false,
			...flags.output ? { output: flags.output } : {}
		}, io);
	});
}
// dist/i18n/rules-text.js
/**
* The rules in words: a condition or an amount rule as a sentence, with the parameter values
* in force, for `subsidy rules`.
*/
const OP_WORDS = {
	eq: {
		zh: "等于",
		en: "equals"
	},
	ne: {
		zh: "不等于",
		en: "is not"
	},
	gt: {
		zh: "大于",
		en: "is more than"
	},
	gte: {
		zh: "不少于",
		en: "is at least"
	},
	lt: {
		zh: "小于",
		en: "is less than"
	},
	lte: {
		zh: "不超过",
		en: "is at most"
	}
};
function valueWords(value, params, lang) {
	if (typeof value === "object" && value !== null && !Array.isArray(value)) {
		const p = params.get(value.param);
		const shown = p ? JSON.stringify(paramDisplayValue(p)) : "?";
		return lang === "zh" ? `参数 ${value.param}(现为 ${shown})` : `parameter ${value.param} (now ${shown})`;
	}
	return Array.isArray(value) ? value.join(", ") : String(value);
}
function conditionWords(c, params, lang) {
	const zh = lang === "zh";
	switch (c.op) {
		case "present": return zh ? `${c.fact} 已填写` : `${c.fact} is given`;
		case "any_in":
		case "none_in": {
			const set = valueWords(c.value, params, lang);
			const how = c.match === "district" ? zh ? "(按区县名称、简称、拼音或代码匹配)" : " (matching district names, short names, pinyin or codes)" : "";
			return c.op === "any_in" ? zh ? `${c.fact} 属于 ${set}${how}` : `${c.fact} is one of ${set}${how}` : zh ? `${c.fact} 不属于 ${set}${how}` : `${c.fact} is none of ${set}${how}`;
		}
		case "retained": {
			const months = valueWords(c.months, params, lang);
			return zh ? `自 ${c.start} 起在职满 ${months} 个月(至 ${c.end},含当日;未填则至评估日),按《民法典》第二百零一、二百零二条计算` : `employed ${months} months from ${c.start} (through ${c.end}, inclusive; when empty, through the evaluation date), counted as 民法典 articles 201-202 count periods`;
		}
		default: return `${c.fact} ${OP_WORDS[c.op][lang]} ${valueWords(c.value, params, lang)}`;
	}
}
function amountWords(a, params, lang) {
	const zh = lang === "zh";
	if ("param" in a) return valueWords(a, params, lang);
	if ("yuan" in a) return zh ? `${a.yuan} 元` : `${a.yuan} yuan`;
	const capFen = typeof a.cap === "number" ? parseMoney(a.cap) : void 0;
	const cap = a.cap === void 0 ? "" : typeof a.cap === "object" ? valueWords(a.cap, params, lang) : capFen !== void 0 && !isInvalid(capFen) ? formatFen(capFen) : String(a.cap);
	return zh ? `${a.fact}${cap ? `,最高 ${cap}` : ""}` : `${a.fact}${cap ? `, capped at ${cap}` : ""}`;
}
// dist/app/rules.js
/**
* `subsidy rules list|show|validate`: the programs and parameters in force, one program in
* words with its citation, and the problems of a pack.
*/
const plain = (head) => plainTable(head);
const W = {
	program: {
		zh: "项目",
		en: "Program"
	},
	name: {
		zh: "名称",
		en: "Name"
	},
	claimant: {
		zh: "申领人",
		en: "Claimant"
	},
	kind: {
		zh: "类别",
		en: "Kind"
	},
	record: {
		zh: "记录类型",
		en: "Record type"
	},
	amount: {
		zh: "金额",
		en: "Amount"
	},
	dates: {
		zh: "有效期",
		en: "In effect"
	},
	parameter: {
		zh: "参数",
		en: "Parameter"
	},
	type: {
		zh: "类型",
		en: "Type"
	},
	value: {
		zh: "值",
		en: "Value"
	},
	source: {
		zh: "来源",
		en: "Source"
	},
	meaning: {
		zh: "含义",
		en: "Meaning"
	},
	conditions: {
		zh: "条件",
		en: "Conditions"
	},
	citation: {
		zh: "依据",
		en: "Citation"
	},
	always: {
		zh: "长期",
		en: "always"
	},
	notInEffect: {
		zh: "评估日不在有效期内",
		en: "not in effect on the evaluation date"
	},
	perPerson: {
		zh: "每人限一次",
		en: "paid once per person"
	},
	valid: {
		zh: "有效",
		en: "valid"
	}
};
function dates(p, lang) {
	if (!p.from && !p.to) return W.always[lang];
	return `${p.from ?? "…"} – ${p.to ?? "…"}`;
}
function programJson(pack, p, lang) {
	return {
		id: p.id,
		name: p.name,
		claimant: p.claimant,
		kind: p.kind,
		record_type: p.record_type,
		per_person: p.per_person,
		amount: {
			rule: p.amount,
			words: amountWords(p.amount, pack.params, lang)
		},
		from: p.from ?? null,
		to: p.to ?? null,
		in_effect: inEffect(p, pack.asOf),
		conditions: p.conditions.map((c) => ({
			id: c.id,
			op: c.op,
			label: c.label,
			words: conditionWords(c, pack.params, lang),
			...c.citation ? { citation: c.citation } : {}
		})),
		citation: {
			...p.citation,
			source_name: pack.spec.sources[p.citation.source]
		}
	};
}
function paramsJson(pack) {
	return [...pack.params.values()].map((p) => ({
		name: p.name,
		type: p.spec.type,
		value: paramDisplayValue(p),
		source: p.source,
		label: p.spec.label,
		...p.spec.note ? { note: p.spec.note } : {}
	}));
}
function packJson(pack) {
	return {
		pack: pack.name,
		version: pack.version,
		overlays: pack.overlays.map((o) => ({
			name: o.name,
			version: o.version
		})),
		as_of: pack.asOf ?? null
	};
}
function rulesList(pack, lang, format) {
	if (format === "json") return `${JSON.stringify({
		...packJson(pack),
		programs: pack.spec.programs.map((p) => programJson(pack, p, lang)),
		params: paramsJson(pack)
	}, null, 2)}\n`;
	const w = (k) => W[k][lang];
	const overlays = pack.overlays.length ? ` + ${pack.overlays.map((o) => `${o.name} v${o.version}`).join(" + ")}` : "";
	const programs = plain([
		w("program"),
		w("name"),
		w("claimant"),
		w("kind"),
		w("amount"),
		w("dates")
	]);
	for (const p of pack.spec.programs) {
		const effect = inEffect(p, pack.asOf) ? dates(p, lang) : `${dates(p, lang)} (${w("notInEffect")})`;
		programs.push([
			p.id,
			p.name[lang],
			p.claimant[lang],
			p.kind,
			amountWords(p.amount, pack.params, lang),
			effect
		]);
	}
	const params = plain([
		w("parameter"),
		w("type"),
		w("value"),
		w("source"),
		w("meaning")
	]);
	for (const p of pack.params.values()) params.push([
		p.name,
		p.spec.type,
		JSON.stringify(paramDisplayValue(p)),
		p.source,
		p.spec.label[lang]
	]);
	return `${pack.name} v${pack.version}${overlays}${pack.asOf ? ` · as of ${pack.asOf}` : ""}\n${programs.toString()}\n${params.toString()}\n`;
}
function rulesShow(pack, id, lang, format) {
	const p = pack.spec.programs.find((q) => q.id === id);
	if (!p) throw new UsageError(`rules show ${id}: no such program; the programs are ${pack.spec.programs.map((q) => q.id).join(", ")}`);
	if (format === "json") return `${JSON.stringify({
		...packJson(pack),
		program: programJson(pack, p, lang)
	}, null, 2)}\n`;
	const w = (k) => W[k][lang];
	const lines = [
		`${p.id} · ${p.name.zh} ${p.name.en}`,
		`${w("claimant")}: ${p.claimant[lang]} · ${w("kind")}: ${p.kind} · ${w("record")}: ${p.record_type}${p.per_person ? ` · ${w("perPerson")}` : ""}`,
		`${w("dates")}: ${dates(p, lang)}${inEffect(p, pack.asOf) ? "" : ` (${w("notInEffect")})`}`,
		`${w("amount")}: ${amountWords(p.amount, pack.params, lang)}`,
		`${w("conditions")}:`
	];
	p.conditions.forEach((c, i) => {
		lines.push(`  ${i + 1}. ${c.label[lang]}`);
		lines.push(`     ${conditionWords(c, pack.params, lang)}`);
		if (c.citation) lines.push(`     ${w("citation")}: ${pack.spec.sources[c.citation.source]?.[lang] ?? c.citation.source} 「${c.citation.text}」${lang === "en" ? ` — ${c.citation.gloss}` : ""}`);
	});
	lines.push(`${w("citation")}: ${pack.spec.sources[p.citation.source]?.[lang] ?? p.citation.source}`, `  「${p.citation.text}」`, `  ${p.citation.gloss}`);
	return `${lines.join("\n")}\n`;
}
/** The problems of packs, as text or JSON, and whether they are valid. */
function rulesValidate(paths, lang, format) {
	const problems = checkRules(paths);
	if (format === "json") return {
		text: `${JSON.stringify({
			files: paths,
			valid: problems.length === 0,
			problems
		}, null, 2)}\n`,
		valid: problems.length === 0
	};
	if (!problems.length) return {
		text: `${paths.join(", ")}: ${W.valid[lang]}\n`,
		valid: true
	};
	return {
		text: `${problems.map(formatProblem).join("\n")}\n`,
		valid: false
	};
}
// dist/cli/rules.js
/**
* `subsidy rules list|show|validate`: commander wiring only.
*/
const write = (io, output, text) => writeText(text, output && output !== "-" ? { file: output } : { stream: io.stdout });
function rulesCommand(io, setExit) {
	const rules = new Command("rules").description("the programs, their parameters and citations; check a pack");
	const withRules = (c) => c.addOption(COMMON_OPTIONS.format(["table", "json"])).addOption(COMMON_OPTIONS.lang()).addOption(COMMON_OPTIONS.asOf()).addOption(COMMON_OPTIONS.rules()).addOption(COMMON_OPTIONS.param()).addOption(COMMON_OPTIONS.params()).addOption(COMMON_OPTIONS.output());
	const formatOf = (flags) => flags.format ?? (io.stdout.isTTY && !flags.output ? "table" : "json");
	rules.addCommand(withRules(new Command("list").description("every program and parameter, with the values in force and where each came from")).action(async (flags) => {
		const { pack } = loadRulesFromFlags(flags, flags.asOf);
		await write(io, flags.output, rulesList(pack, flags.lang ?? langFromEnv(io.env), formatOf(flags)));
	}));
	rules.addCommand(withRules(new Command("show").description("one program: its conditions in words, its citation, its dates").argument("<program>", "program id, such as emergency")).action(async (id, flags) => {
		const { pack } = loadRulesFromFlags(flags, flags.asOf);
		await write(io, flags.output, rulesShow(pack, id, flags.lang ?? langFromEnv(io.env), formatOf(flags)));
	}));
	rules.addCommand(new Command("validate").description("check rules packs (a pack, or overlays on the built-in pack): every problem with its line and column; exit 3 when invalid").argument("<paths...>", "pack or overlay files (YAML)").addOption(COMMON_OPTIONS.format(["table", "json"])).addOption(COMMON_OPTIONS.lang()).action(async (paths, flags) => {
		const { text, valid } = rulesValidate(paths, flags.lang ?? langFromEnv(io.env), formatOf(flags));
		(valid ? io.stdout : io.stderr).write(text);
		setExit(valid ? EXIT.ok : EXIT.rules);
	}));
	return rules;
}
// dist/cli/main.js
/**
* The command line: declares the commands, runs one, and turns errors into one line on
* stderr and an exit code. The only place that knows about exit codes.
*/
const VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
async function main(argv, io = processIO()) {
	let exitCode = EXIT.ok;
	const debug = argv.includes("--debug");
	const commandIn = () => {
		const top = program.commands.find((c) => c.name() === argv[0]);
		const sub = top?.commands.find((c) => c.name() === argv[1]);
		return top ? `${top.name()}${sub ? ` ${sub.name()}` : ""}` : void 0;
	};
	const output = {
		writeOut: (s) => io.stdout.write(s),
		writeErr: (s) => io.stderr.write(s),
		outputError: (s, write) => write(`subsidy: ${s.replace(/^error: /, "").trimEnd()} (see subsidy ${commandIn() ? `${commandIn()} ` : ""}--help)\n`)
	};
	const program = new Command("subsidy").description("Who is owed which of Chongqing's 2020 return-to-work subsidies, how much, and why.").version(VERSION, "-V, --version").option("--debug", "show stack traces of errors").exitOverride().configureOutput(output);
	for (const mode of ["evaluate", "audit"]) program.addCommand(batchCommand(mode, io, (code) => exitCode = code));
	program.addCommand(schemaCommand(io)).addCommand(templateCommand(io));
	program.addCommand(rulesCommand(io, (code) => exitCode = code));
	const configure = (cmd) => {
		for (const sub of cmd.commands) {
			sub.exitOverride().configureOutput(output);
			if (!sub.commands.length) sub.option("--debug", "show stack traces of errors");
			configure(sub);
		}
	};
	configure(program);
	if (argv.length === 0) {
		io.stderr.write(program.helpInformation());
		return EXIT.usage;
	}
	try {
		await program.parseAsync(argv, { from: "user" });
		return exitCode;
	} catch (e) {
		if (e instanceof CommanderError) {
			if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
			if (e.code === "commander.executeSubCommandAsync") return EXIT.ok;
			return EXIT.usage;
		}
		if (e.code === "EPIPE") return exitCode;
		const error = e instanceof SubsidyError ? e : void 0;
		const message = error ? error.message : `unexpected error: ${e.message ?? String(e)}`;
		io.stderr.write(`subsidy: ${message}\n`);
		if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
		else if (!error) io.stderr.write("subsidy: run again with --debug for the stack trace, and report it\n");
		return error ? error.exitCode : EXIT.internal;
	}
}
export { main };
