#[neorun_macros::remote(path = "../../../../neorun-macros/tests/malformed/unsupported-all.wit", world = "w")]
mod api {}

fn main() {}
