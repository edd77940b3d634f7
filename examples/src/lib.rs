//! Runnable examples of vouch live beside this file; run one with
//! `cargo run --example <name>` from the workspace root.
#![no_std]
