//! The `neorun` command.
fn main() {}
