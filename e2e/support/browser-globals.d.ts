/**
 * The few browser globals the callbacks given to page.evaluate / locator.evaluate use (they run in the page), loosely
 * typed. Not the DOM library: tsconfig.tests.json type-checks the server's tests in the same program, and the DOM
 * library's globals change how some of them are typed.
 */
declare global {
  const document: any;
  const window: any;
  function requestAnimationFrame(callback: () => void): number;
  const DataTransfer: any;
  const ClipboardEvent: any;
}

export {};
