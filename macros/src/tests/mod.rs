//! The macro crate's unit tests, in one place: one file per capability,
//! the never-panic sweep over every macro, and the import-cycle check.

mod builder;
mod ident;
mod imports;
mod never_panic;
mod pin;
mod pod;
mod sealed;
