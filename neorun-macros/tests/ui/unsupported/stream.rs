#[neorun_macros::remote("../../../../neorun-macros/tests/ui/unsupported/stream.wit")]
mod logs {}

fn main() {}
