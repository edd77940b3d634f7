//! The quickstart (being written).

fn main() {}
