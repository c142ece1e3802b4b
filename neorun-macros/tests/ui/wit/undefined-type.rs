#[neorun_macros::remote("../../../../neorun-macros/tests/ui/wit/undefined-type.wit")]
mod api {}

fn main() {}
