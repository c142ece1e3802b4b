//! The macro's integration tests, in one binary (one link of the runtime and wasmtime):
//!
//! - `fixtures`: every WIT fixture under `tests/fixtures` expands and compiles, and the
//!   generated types, codecs and schemas behave;
//! - `every_world`: every world of every fixture compiles;
//! - `e2e`: components call imports through the generated static stubs to a generated server;
//! - `wide`: functions with more parameters than wasmtime's typed functions take;
//! - `kv`: the first real user, `neorun/wit/kv.wit`;
//! - `ui`: compile-fail cases (trybuild).

mod e2e;
mod every_world;
mod fixtures;
mod kv;
mod ui;
mod wide;
