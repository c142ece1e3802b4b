//! What the handles of a connection share with its driver task: the sans-I/O core behind its
//! lock, the writing half of the transport, and the driver's doorbell.
//!
//! Locks are always taken in the order writer → state. A caller that finds the writer free
//! writes its own call frame (and whatever else waits) straight to the transport, without
//! waking the driver; the driver takes over whatever the transport does not accept at once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, TryLockError};
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use futures::task::AtomicWaker;
use tokio::sync::oneshot;

use super::call::CallSlot;
use crate::rpc::outbox::Outbox;
use crate::rpc::session::{BindRefusal, ClientConfig, ClientCore, ClientCoreEvent};
use crate::transport::{FrameSink, TransportError};

/// What a user `bind` waits for: the answer to its binding's first handshake.
pub(super) type BindWaiter = oneshot::Sender<Result<(), BindRefusal>>;

/// A connection's state behind its lock: the core, and what its events are for.
pub(super) struct Inner {
    pub(super) core: ClientCore<Arc<CallSlot>>,
    /// `bind` calls waiting for their binding's first answer.
    pub(super) binds: HashMap<usize, BindWaiter>,
    /// When the driver's timer is set to go off, as the driver last set it: a call with an
    /// earlier deadline must ring the driver.
    pub(super) alarm_at: Option<Instant>,
    /// The core asked for a transport connection.
    pub(super) connect: bool,
    /// The core ended the current transport connection, for this reason.
    pub(super) disconnect: Option<String>,
}

impl Inner {
    pub(super) fn new(core: ClientCore<Arc<CallSlot>>) -> Self {
        let binds = HashMap::new();
        Self { core, binds, alarm_at: None, connect: false, disconnect: None }
    }

    /// Acts on every pending event of the core: completes callers, answers binds, and
    /// notes what the driver must do.
    pub(super) fn process_events(&mut self, peer: &str) {
        while let Some(ev) = self.core.poll_event() {
            match ev {
                ClientCoreEvent::Completed { payload, result, .. } => payload.complete(result),
                ClientCoreEvent::Bound { binding, result } => {
                    if let Some(w) = self.binds.remove(&binding) {
                        let _ = w.send(result);
                    }
                }
                ClientCoreEvent::RebindRefused { binding, reason } => {
                    tracing::warn!(peer, binding, "re-handshake refused: {reason}");
                }
                ClientCoreEvent::ProtocolViolation { what } => {
                    tracing::warn!(peer, "rpc protocol violation by the server: {what}");
                }
                ClientCoreEvent::GoAway { reason } => {
                    tracing::info!(peer, "server is going away: {reason}");
                }
                ClientCoreEvent::Closed { reason } => {
                    tracing::debug!(peer, "rpc connection closed: {reason}");
                }
                ClientCoreEvent::Connect => self.connect = true,
                ClientCoreEvent::Disconnect { reason } => self.disconnect = Some(reason),
            }
        }
    }
}

/// Wakes the driver task: set a flag, then wake the task once.
#[derive(Debug, Default)]
pub(super) struct Doorbell {
    rung: AtomicBool,
    waker: AtomicWaker,
}

impl Doorbell {
    /// Asks the driver to look at the shared state again.
    pub(super) fn ring(&self) {
        if !self.rung.swap(true, Ordering::AcqRel) {
            self.waker.wake();
        }
    }

    /// Registers the driver's waker and takes the flag: true when it was rung.
    pub(super) fn answer(&self, cx: &Context<'_>) -> bool {
        self.waker.register(cx.waker());
        self.rung.swap(false, Ordering::AcqRel)
    }
}

/// The writing half of the current transport connection and the frames it has not taken yet.
#[derive(Default)]
pub(super) struct Writer {
    /// The transport's sink while a connection is driven.
    pub(super) sink: Option<FrameSink>,
    pub(super) outbox: Outbox,
    /// A write by a caller failed: the driver ends the connection with this.
    pub(super) failed: Option<TransportError>,
}

impl Writer {
    /// Writes what the outbox holds, without waiting: true when everything was written and
    /// flushed; otherwise the driver must finish the job (it polls with its own waker).
    pub(super) fn write_now(&mut self) -> bool {
        let Some(sink) = &mut self.sink else { return false };
        if self.failed.is_some() {
            return false;
        }
        let mut cx = Context::from_waker(Waker::noop());
        match self.outbox.poll_write(sink, &mut cx) {
            Poll::Ready(Ok(())) => true,
            Poll::Ready(Err(e)) => {
                self.failed = Some(e);
                false
            }
            Poll::Pending => false,
        }
    }
}

pub(super) struct Shared {
    inner: Mutex<Inner>,
    writer: Mutex<Writer>,
    /// Wakes the driver.
    pub(super) bell: Doorbell,
    pub(super) handles: AtomicUsize,
    pub(super) config: ClientConfig,
    pub(super) peer: String,
}

impl Shared {
    pub(super) fn new(inner: Inner, config: ClientConfig, peer: String) -> Self {
        Self {
            inner: Mutex::new(inner),
            writer: Mutex::new(Writer::default()),
            bell: Doorbell::default(),
            handles: AtomicUsize::new(1),
            config,
            peer,
        }
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves a consistent core (no step panics midway).
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The writer; take it before the state lock.
    pub(super) fn writer(&self) -> MutexGuard<'_, Writer> {
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The writer when nobody else holds it.
    pub(super) fn try_writer(&self) -> Option<MutexGuard<'_, Writer>> {
        match self.writer.try_lock() {
            Ok(w) => Some(w),
            Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        }
    }

    /// Hands every frame the core has for the transport to `writer` and writes them now
    /// when it can; rings the driver for what is left, or anyway with `ring`. `g` is the
    /// state lock, released here.
    pub(super) fn flush(
        &self,
        writer: Option<MutexGuard<'_, Writer>>,
        mut g: MutexGuard<'_, Inner>,
        ring: bool,
    ) {
        let Some(mut w) = writer.filter(|w| w.sink.is_some()) else {
            let pending = !g.core.outbound_is_empty();
            drop(g);
            if pending || ring {
                self.bell.ring();
            }
            return;
        };
        let mut moved = false;
        while let Some(b) = g.core.poll_transmit() {
            w.outbox.push(b);
            moved = true;
        }
        drop(g);
        if (moved && !w.write_now()) || ring {
            drop(w);
            self.bell.ring();
        }
    }

    /// The caller dropped the future of call `key`: a queued call is never sent; a sent one
    /// is cancelled on the wire.
    pub(super) fn abandon(&self, key: u64) {
        let w = self.try_writer();
        let mut g = self.lock();
        if g.core.cancel(key).is_some() {
            self.flush(w, g, false);
        }
    }
}
