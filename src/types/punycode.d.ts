/** The userland punycode package (its own file, so neither Node's deprecated built-in nor a bundler shim is used). */
declare module 'punycode/punycode.js' {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}
