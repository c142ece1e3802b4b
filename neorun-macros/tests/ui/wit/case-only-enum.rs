#[neorun_macros::remote(path = "../../../../neorun-macros/tests/malformed/case-only-enum.wit", world = "w")]
mod api {}

fn main() {}
