//! The errors of the RPC drivers: connection setup, binding, calls.

use super::frame::code;
use super::session::{CallFailure, Failure};
use crate::transport::TransportError;

/// A connection-level failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RpcError {
    /// The transport failed.
    #[error("transport error: {0}")]
    Transport(#[from] TransportError),
    /// The driver must be spawned on a tokio runtime and none is running.
    #[error("no tokio runtime is running")]
    NoRuntime,
    /// The peer broke the protocol and the connection was closed.
    #[error("protocol error: {0}")]
    Protocol(String),
}

/// Why [`Connection::bind`](super::Connection::bind) failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindError {
    /// The server exports no interface of that name.
    #[error("interface `{interface}` is not exported by the server")]
    UnknownInterface {
        /// The interface name.
        interface: String,
    },
    /// A function the client uses differs from the server's.
    #[error("interface `{interface}`, function `{function}`: {difference}")]
    Mismatch {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// The first difference (`parameter `e`: expected `u64`, found `u32``), or that the
        /// server lacks the function.
        difference: String,
    },
    /// The server exports the interface, but not to this client (its verified identity is
    /// not on the interface's allow-list).
    #[error("interface `{interface}` is not exported to this client")]
    Forbidden {
        /// The interface name.
        interface: String,
    },
    /// The handshake did not complete (timeout, connection lost, version, malformed welcome).
    #[error("interface `{interface}`: handshake failed: {reason}")]
    Handshake {
        /// The interface name.
        interface: String,
        /// Why.
        reason: String,
    },
}

/// Why a remote call failed. Every variant names the interface and the function.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallError {
    /// The connection ended before the reply arrived.
    #[error(
        "interface `{interface}`, function `{function}`: connection lost ({reason}); {}",
        if *may_have_executed { "the call may have executed" } else { "the call was not sent" }
    )]
    ConnectionLost {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// True when the request had left, so the server may have run it.
        may_have_executed: bool,
        /// Why the connection ended.
        reason: String,
    },
    /// The deadline passed before the reply arrived.
    #[error("interface `{interface}`, function `{function}`: deadline passed")]
    DeadlineExceeded {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
    },
    /// The server answered with a failure.
    #[error("interface `{interface}`, function `{function}`: peer failure: {failure}")]
    Remote {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// The failure code and message.
        failure: Failure,
    },
    /// The reply was not a valid frame or its result does not match the result type.
    #[error("interface `{interface}`, function `{function}`: malformed reply: {detail}")]
    MalformedReply {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// What is wrong.
        detail: String,
    },
    /// The connection's queue of calls waiting to be sent is full; the call was not sent.
    #[error(
        "interface `{interface}`, function `{function}`: overloaded: {limit} calls already queued on the connection; the call was not sent"
    )]
    Overloaded {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// The queue bound that was reached.
        limit: usize,
    },
    /// The call was never sent (bad arguments, unknown function index, the connection is
    /// closed or going away); it certainly did not execute.
    #[error("interface `{interface}`, function `{function}`: not sent: {reason}")]
    NotSent {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// Why.
        reason: String,
    },
}

impl CallError {
    /// False when the call certainly did not run on the server (it was never sent, or the
    /// server refused it before running it); true when it may have.
    pub fn may_have_executed(&self) -> bool {
        match self {
            CallError::ConnectionLost { may_have_executed, .. } => *may_have_executed,
            CallError::NotSent { .. } | CallError::Overloaded { .. } => false,
            CallError::Remote { failure, .. } => !matches!(
                failure.code,
                code::UNKNOWN_TARGET | code::BAD_ARGUMENTS | code::OVERLOADED | code::SHUTTING_DOWN
            ),
            _ => true,
        }
    }

    /// The error for `failure` of a call to `function` of `interface`.
    pub fn from_failure(interface: &str, function: &str, failure: CallFailure) -> Self {
        let (interface, function) = (interface.to_owned(), function.to_owned());
        match failure {
            CallFailure::Remote(failure) => CallError::Remote { interface, function, failure },
            CallFailure::DeadlineExceeded => CallError::DeadlineExceeded { interface, function },
            CallFailure::ConnectionLost { may_have_executed, reason } => {
                CallError::ConnectionLost { interface, function, may_have_executed, reason }
            }
            CallFailure::Rejected { reason } => CallError::NotSent { interface, function, reason },
            CallFailure::Overloaded { limit } => {
                CallError::Overloaded { interface, function, limit }
            }
            CallFailure::Malformed { detail } => {
                CallError::MalformedReply { interface, function, detail }
            }
        }
    }
}
