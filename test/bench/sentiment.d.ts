// `sentiment` ships no types; the benchmark only constructs it and calls analyze().
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
