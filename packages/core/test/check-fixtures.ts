// The example is shared with the core benchmark (bench/src/core-bench.ts), so both time and test the same input.
export { CHECK_EXAMPLE_NOW as NOW, passingCheckInput as passingInput } from '../src/check-input-example.js';
