#[neorun_macros::remote(world = "w")]
mod api {}

fn main() {}
