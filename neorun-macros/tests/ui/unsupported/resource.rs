#[neorun_macros::remote("../../../../neorun-macros/tests/ui/unsupported/resource.wit")]
mod files {}

fn main() {}
