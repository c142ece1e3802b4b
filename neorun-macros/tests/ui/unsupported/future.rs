#[neorun_macros::remote("../../../../neorun-macros/tests/ui/unsupported/future.wit")]
mod jobs {}

fn main() {}
