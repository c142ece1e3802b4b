//! The RPC layer (see `PROTOCOL.md`): frames, a sans-I/O session core, and async client and
//! server drivers over any [`transport`](crate::transport).
//!
//! - [`frame`]: the frames and their neopack encoding.
//! - [`session`]: the client and server state machines; bytes and time in, frames, events and
//!   timers out.
//! - [`Connection`] / [`Binding`]: the client driver; [`serve_connection`] / [`serve`]: the
//!   server driver.

mod alarm;
mod client;
mod error;
pub mod frame;
#[doc(hidden)]
pub mod fuzzing;
mod outbox;
mod server;
pub mod session;
#[cfg(test)]
mod sim;
pub(crate) mod typecodec;

pub use client::{Binding, CallFuture, Connection};
pub use error::{BindError, CallError, RpcError};
pub use server::{Service, Serving, ShutdownHandle, serve, serve_connection};
pub use session::{Backoff, CallFailure, ClientConfig, Failure, ServerConfig};
