#[neorun_macros::remote("../../../../neorun-macros/tests/ui/wit/two-worlds.wit")]
mod api {}

fn main() {}
