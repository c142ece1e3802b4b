//! One call's completion cell and the future a caller awaits.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

use bytes::Bytes;

use super::BindingInner;
use crate::rpc::error::CallError;
use crate::rpc::session::CallFailure;

/// What a call checks against its binding's schema: one value instead of two loose flags.
///
/// Bytes a peer sent are always checked by whoever reads them; these checks are the extra
/// schema walks a caller may skip for bytes whose shape it already knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Checks {
    /// Validate the arguments against the parameters' record type before sending.
    pub(crate) args: bool,
    /// Validate the result against the result type before handing it to the caller.
    pub(crate) result: bool,
}

impl Checks {
    /// For callers that encoded the arguments with the function's own typed encoder and
    /// decode the result with a decoder of the result type, which rejects every value the
    /// type does not allow: a schema walk of either would be a second pass over the same
    /// bytes (the static stubs, the typed clients, the dynamic stubs).
    pub(crate) const TRUSTED: Checks = Checks { args: false, result: false };
}

#[derive(Debug, Default)]
struct SlotState {
    result: Option<Result<Bytes, CallFailure>>,
    waker: Option<Waker>,
}

/// The cell a call's outcome lands in: the core's per-call payload.
#[derive(Debug, Default)]
pub(super) struct CallSlot {
    state: Mutex<SlotState>,
}

impl CallSlot {
    fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Stores the outcome (the first one wins) and wakes the caller.
    pub(super) fn complete(&self, result: Result<Bytes, CallFailure>) {
        let waker = {
            let mut s = self.lock();
            if s.result.is_some() {
                return;
            }
            s.result = Some(result);
            s.waker.take()
        };
        if let Some(w) = waker {
            w.wake();
        }
    }
}

enum CallState {
    Failed(Option<CallError>),
    Pending {
        slot: Arc<CallSlot>,
        /// The call's key in the connection's core.
        key: u64,
        /// The function index in the bound interface.
        func: usize,
        binding: Arc<BindingInner>,
        checks: Checks,
    },
    Done,
}

/// A call in flight, from [`Binding::call`](super::Binding::call). Dropping it before it
/// completes cancels the call: a queued call is never sent, a sent one gets a `cancel` frame.
#[must_use = "a call is cancelled when its future is dropped"]
pub struct CallFuture {
    state: CallState,
}

impl std::fmt::Debug for CallFuture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallFuture").finish_non_exhaustive()
    }
}

impl CallFuture {
    pub(super) fn failed(error: CallError) -> Self {
        Self { state: CallState::Failed(Some(error)) }
    }

    /// Call `key` of function `func`, in flight; with `checks.result`, its result is checked
    /// against the result type.
    pub(super) fn pending(
        slot: Arc<CallSlot>,
        key: u64,
        func: usize,
        binding: Arc<BindingInner>,
        checks: Checks,
    ) -> Self {
        Self { state: CallState::Pending { slot, key, func, binding, checks } }
    }
}

impl Future for CallFuture {
    type Output = Result<Bytes, CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let (result, binding, func, checks) = match &mut this.state {
            CallState::Failed(e) => {
                let e = e.take();
                this.state = CallState::Done;
                return Poll::Ready(Err(e.unwrap_or_else(|| {
                    CallError::new(
                        String::new(),
                        String::new(),
                        CallFailure::Rejected { reason: "polled after completion".into() },
                    )
                })));
            }
            CallState::Pending { slot, func, binding, checks, .. } => {
                let mut s = slot.lock();
                match s.result.take() {
                    Some(r) => (r, binding.clone(), *func, *checks),
                    None => {
                        if !s.waker.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                            s.waker = Some(cx.waker().clone());
                        }
                        return Poll::Pending;
                    }
                }
            }
            CallState::Done => panic!("CallFuture polled after completion"),
        };
        this.state = CallState::Done;
        Poll::Ready(match result {
            Ok(value) if checks.result => binding.check_result(func, value),
            Ok(value) => Ok(value),
            Err(f) => Err(binding.error(func, f)),
        })
    }
}

impl Drop for CallFuture {
    fn drop(&mut self) {
        if let CallState::Pending { key, binding, .. } = &self.state {
            binding.conn.shared.abandon(*key);
        }
    }
}
