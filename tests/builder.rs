//! Runtime tests of the builder capability (Miri runs these).
