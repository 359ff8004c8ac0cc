// ECharts' one-file ES module build (see drawCharts in charts.ts): the API of 'echarts'.
declare module 'echarts/dist/echarts.esm.min' {
  export * from 'echarts';
}
