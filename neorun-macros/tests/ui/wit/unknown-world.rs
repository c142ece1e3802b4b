#[neorun_macros::remote(path = "../../../../neorun-macros/tests/ui/wit/two-worlds.wit", world = "server")]
mod api {}

fn main() {}
