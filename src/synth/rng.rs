//! SplitMix64: a tiny, fast generator whose output is fixed by its definition, so a corpus
//! generated from a seed never changes with a crate upgrade or a platform. Integer arithmetic
//! only (no floating point), for the same reason.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The SplitMix64 finaliser: a bijective mix of 64 bits.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub(crate) struct Rng(u64);

impl Rng {
    /// The stream for article `index` of the corpus seeded with `seed`: each article has its
    /// own stream, so any article can be generated alone (and in parallel) with the same text.
    pub(crate) fn for_article(seed: u64, index: u64) -> Rng {
        Rng(mix(mix(seed ^ 0x5EED_C0DE) ^ index.wrapping_mul(GOLDEN)))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// A number in `0..n` (`n > 0`), by multiply-shift: one draw, whatever `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// True `percent` times in a hundred.
    pub(crate) fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_reference_values() {
        // SplitMix64 seeded with 0 (the published reference sequence).
        let mut r = Rng(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn below_and_range_stay_in_bounds() {
        let mut r = Rng::for_article(7, 3);
        for _ in 0..10_000 {
            assert!(r.below(7) < 7);
            let x = r.range(-3, 4);
            assert!((-3..=4).contains(&x));
        }
    }
}
