#[neorun_macros::remote("../../../../neorun-macros/tests/ui/wit/bad-syntax.wit")]
mod api {}

fn main() {}
