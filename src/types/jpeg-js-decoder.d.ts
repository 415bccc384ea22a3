/** jpeg-js's decoder alone (core/qr/pixels.ts): its package types only the entry, which also carries the encoder. */
declare module 'jpeg-js/lib/decoder.js' {
  export default function decode(
    jpegData: Uint8Array,
    opts: {
      useTArray: true;
      formatAsRGBA?: boolean;
      tolerantDecoding?: boolean;
      maxResolutionInMP?: number;
      maxMemoryUsageInMB?: number;
    },
  ): { width: number; height: number; data: Uint8Array };
}
