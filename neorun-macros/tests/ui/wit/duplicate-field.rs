#[neorun_macros::remote(path = "../../../../neorun-macros/tests/malformed/dup-field.wit", world = "w")]
mod api {}

fn main() {}
