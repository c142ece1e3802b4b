#[neorun_macros::remote("../../../../neorun-macros/tests/ui/wit/no-such-file.wit")]
mod api {}

fn main() {}
