// exceljs's browser build: the same API as the package's main module.
declare module 'exceljs/dist/exceljs.min.js' {
  const ExcelJS: typeof import('exceljs');
  export default ExcelJS;
}
