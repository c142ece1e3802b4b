#[neorun_macros::remote("../../../../neorun-macros/tests/ui/wit/reserved-name.wit")]
mod api {}

fn main() {}
