//! Runtime tests of the sealed capability (Miri runs these).
