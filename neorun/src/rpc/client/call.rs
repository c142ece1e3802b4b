//! One call's completion cell and the future a caller awaits.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use bytes::Bytes;

use super::BindingInner;
use crate::rpc::error::CallError;
use crate::rpc::session::CallFailure;

/// Where a call is: waiting in the connection's queue, or sent on one session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Loc {
    /// In the queue (for a slot, a connection or a re-handshake).
    Queued,
    /// Registered with the session of connection generation `generation` under `id`.
    Sent { generation: u64, id: u64 },
}

#[derive(Debug)]
struct SlotState {
    result: Option<Result<Bytes, CallFailure>>,
    waker: Option<Waker>,
    loc: Loc,
    abandoned: bool,
}

/// One call: what the driver needs to (re)send it, and the cell its outcome lands in. The
/// session's per-call payload.
#[derive(Debug)]
pub(super) struct CallSlot {
    /// The binding's slot in the connection.
    pub(super) binding: usize,
    /// The function index in the bound interface.
    pub(super) func: usize,
    /// When the caller stops waiting.
    pub(super) deadline: Option<Instant>,
    state: Mutex<SlotState>,
}

impl CallSlot {
    pub(super) fn new(binding: usize, func: usize, deadline: Option<Instant>) -> Self {
        let state = SlotState { result: None, waker: None, loc: Loc::Queued, abandoned: false };
        Self { binding, func, deadline, state: Mutex::new(state) }
    }

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

    pub(super) fn set_loc(&self, loc: Loc) {
        self.lock().loc = loc;
    }

    /// Marks the call abandoned by its caller; returns where it is.
    pub(super) fn abandon(&self) -> Loc {
        let mut s = self.lock();
        s.abandoned = true;
        s.loc
    }

    /// True once the caller dropped its future.
    pub(super) fn is_abandoned(&self) -> bool {
        self.lock().abandoned
    }
}

enum CallState {
    Failed(Option<CallError>),
    Pending { slot: Arc<CallSlot>, binding: Arc<BindingInner>, check: bool },
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

    /// A call in flight; with `check`, its result is checked against the result type.
    pub(super) fn pending(slot: Arc<CallSlot>, binding: Arc<BindingInner>, check: bool) -> Self {
        Self { state: CallState::Pending { slot, binding, check } }
    }
}

impl Future for CallFuture {
    type Output = Result<Bytes, CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let (result, binding, func, check) = match &mut this.state {
            CallState::Failed(e) => {
                let e = e.take();
                this.state = CallState::Done;
                return Poll::Ready(Err(e.unwrap_or_else(|| CallError::NotSent {
                    interface: String::new(),
                    function: String::new(),
                    reason: "polled after completion".into(),
                })));
            }
            CallState::Pending { slot, binding, check } => {
                let mut s = slot.lock();
                match s.result.take() {
                    Some(r) => (r, binding.clone(), slot.func, *check),
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
            Ok(value) if check => binding.check_result(func, value),
            Ok(value) => Ok(value),
            Err(f) => Err(binding.error(func, f)),
        })
    }
}

impl Drop for CallFuture {
    fn drop(&mut self) {
        if let CallState::Pending { slot, binding, .. } = &self.state {
            binding.conn.shared.abandon(slot);
        }
    }
}
