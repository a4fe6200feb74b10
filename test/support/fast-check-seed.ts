import fc from "fast-check";

/**
 * Every property test runs from one seed: fixed by default, so a red run is red again on any machine,
 * or FC_SEED=<n> to repeat a reported run, or FC_SEED=random to explore. fast-check names the seed
 * and the path of a counterexample when a property fails; the seed in use is printed here too.
 */
const requested = process.env.FC_SEED;
const seed =
  requested === undefined || requested === ""
    ? 20261202
    : requested === "random"
      ? Math.floor(Math.random() * 2 ** 31)
      : Number(requested);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${requested}"`);
fc.configureGlobal({ seed });
console.log(`fast-check seed ${seed} (FC_SEED=${seed} repeats this run)`);
