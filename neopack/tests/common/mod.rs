//! Shared test data.
#![allow(dead_code, unreachable_pub)]

pub mod golden;
