//! Unit tests of the macro crate as a whole (each capability keeps the
//! tests of its own functions next to them).

mod imports;
