#[neorun_macros::remote(path = "../../../../neorun-macros/tests/ui/impls/api.wit", colour = "red")]
mod api {}

fn main() {}
