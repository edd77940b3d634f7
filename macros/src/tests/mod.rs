//! The macro crate's unit tests, in one place: one file per capability,
//! the never-panic sweep over every macro, the import-cycle check, and the
//! check that the README documents every macro of the registry.

mod builder;
mod ident;
mod imports;
mod never_panic;
mod pin;
mod pod;
mod registry;
mod sealed;
