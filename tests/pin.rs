//! Runtime tests of the pin capability (Miri runs these).
