//! Memory and connection budgets shared by every connection of a server (or of a process).
//!
//! A [`Budget`] counts what the peers of a server make it hold — partial frames still being
//! received, replies not yet handed to the transport, and the argument bytes of calls that are
//! running — against one memory limit, and the connections against a connection limit
//! ([`ServerLimits`]). Nothing that exists is ever dropped to honour it: while the memory in use
//! is at or over the limit, connections stop *taking new work* (they read no further frames,
//! and a partial frame waits for room to be received), and the TCP window pushes back on the
//! peers. A partial frame that cannot complete within the server's frame timeout closes its
//! connection with `goaway` `frame-timeout`; a connection over the connection limit is closed
//! at once with `goaway` `too-many-connections`.
//!
//! [`Budget::stats`] is a cheap snapshot (a few relaxed atomic loads) for tests, the CLI and
//! monitoring. Clones of a budget share it: give every server of a process the same budget to
//! bound the process as a whole.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};

/// The limits of a [`Budget`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServerLimits {
    /// Bytes of partial frames, unsent replies and running calls' arguments held at once
    /// across every connection. Default 512 MiB.
    pub memory: usize,
    /// Connections served at once. Default 1024.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        Self { memory: 512 << 20, max_connections: 1024 }
    }
}

impl ServerLimits {
    /// Limits of `memory` bytes and `max_connections` connections.
    pub fn new(memory: usize, max_connections: usize) -> Self {
        Self { memory, max_connections }
    }
}

/// A snapshot of a [`Budget`]: what its connections hold now, and what it refused so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServerStats {
    /// Connections being served.
    pub connections: usize,
    /// Bytes of replies (and other frames) waiting to be handed to the transport.
    pub queued_reply_bytes: usize,
    /// Bytes reserved for frames being received (their announced lengths).
    pub partial_frame_bytes: usize,
    /// Bytes of the frames of calls that are running (their arguments).
    pub argument_bytes: usize,
    /// Calls running or whose reply has not yet been handed to the transport.
    pub calls_in_flight: usize,
    /// The three byte counts together, as charged against [`ServerLimits::memory`].
    pub memory_used: usize,
    /// Calls answered `overloaded` or `shutting-down` instead of being run.
    pub calls_refused: u64,
    /// Connections closed at once because [`ServerLimits::max_connections`] were served.
    pub connections_refused: u64,
    /// Connections closed because a partial frame did not complete in time.
    pub frame_timeouts: u64,
}

/// What a budget counts; see [`ServerStats`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Held {
    QueuedReplies,
    PartialFrames,
    Arguments,
}

/// Shared, cheaply cloned memory and connection budget; see the [module docs](self).
#[derive(Clone, Debug)]
pub struct Budget(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    limits: ServerLimits,
    used: AtomicUsize,
    queued: AtomicUsize,
    partial: AtomicUsize,
    arguments: AtomicUsize,
    connections: AtomicUsize,
    in_flight: AtomicUsize,
    calls_refused: AtomicU64,
    connections_refused: AtomicU64,
    frame_timeouts: AtomicU64,
    /// Set while `waiters` is not empty, so releases skip the lock when nobody waits.
    waiting: AtomicBool,
    waiters: Mutex<Vec<Waker>>,
}

impl Default for Budget {
    fn default() -> Self {
        Self::new(ServerLimits::default())
    }
}

impl Budget {
    /// A budget with `limits`, holding nothing.
    pub fn new(limits: ServerLimits) -> Self {
        Self(Arc::new(Inner {
            limits,
            used: AtomicUsize::new(0),
            queued: AtomicUsize::new(0),
            partial: AtomicUsize::new(0),
            arguments: AtomicUsize::new(0),
            connections: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            calls_refused: AtomicU64::new(0),
            connections_refused: AtomicU64::new(0),
            frame_timeouts: AtomicU64::new(0),
            waiting: AtomicBool::new(false),
            waiters: Mutex::new(Vec::new()),
        }))
    }

    /// The limits.
    pub fn limits(&self) -> ServerLimits {
        self.0.limits
    }

    /// What the budget's connections hold now.
    pub fn stats(&self) -> ServerStats {
        let i = &self.0;
        let load = |a: &AtomicUsize| a.load(Ordering::Relaxed);
        ServerStats {
            connections: load(&i.connections),
            queued_reply_bytes: load(&i.queued),
            partial_frame_bytes: load(&i.partial),
            argument_bytes: load(&i.arguments),
            calls_in_flight: load(&i.in_flight),
            memory_used: load(&i.used),
            calls_refused: i.calls_refused.load(Ordering::Relaxed),
            connections_refused: i.connections_refused.load(Ordering::Relaxed),
            frame_timeouts: i.frame_timeouts.load(Ordering::Relaxed),
        }
    }

    fn counter(&self, held: Held) -> &AtomicUsize {
        match held {
            Held::QueuedReplies => &self.0.queued,
            Held::PartialFrames => &self.0.partial,
            Held::Arguments => &self.0.arguments,
        }
    }

    /// Moves the count of `held` from `from` to `to` bytes (what one connection holds),
    /// unconditionally: what exists is counted, never refused here.
    pub(crate) fn set(&self, held: Held, from: usize, to: usize) {
        if to > from {
            self.counter(held).fetch_add(to - from, Ordering::Relaxed);
            self.0.used.fetch_add(to - from, Ordering::Relaxed);
        } else if from > to {
            self.release(held, from - to);
        }
    }

    /// Takes `n` bytes for `held` if they fit under the memory limit.
    pub(crate) fn try_take(&self, held: Held, n: usize) -> bool {
        let limit = self.0.limits.memory;
        let taken = self.0.used.try_update(Ordering::AcqRel, Ordering::Acquire, |used| {
            used.checked_add(n).filter(|&total| total <= limit)
        });
        if taken.is_ok() {
            self.counter(held).fetch_add(n, Ordering::Relaxed);
        }
        taken.is_ok()
    }

    /// Gives back `n` bytes of `held`, waking whoever waits for room.
    pub(crate) fn release(&self, held: Held, n: usize) {
        if n == 0 {
            return;
        }
        self.counter(held).fetch_sub(n, Ordering::Relaxed);
        self.0.used.fetch_sub(n, Ordering::AcqRel);
        if self.0.waiting.load(Ordering::Acquire) {
            let waiters = std::mem::take(&mut *self.lock());
            self.0.waiting.store(false, Ordering::Release);
            waiters.into_iter().for_each(Waker::wake);
        }
    }

    /// Ready while the memory of unsent replies and running calls' arguments is below the
    /// limit; otherwise registers the task to be woken when some is released. Partial frames
    /// do not count here: they only take what fits ([`Budget::try_take`]), and a connection
    /// must go on reading to see its partial frame's timer go off.
    pub(crate) fn poll_room(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.has_room() {
            return Poll::Ready(());
        }
        self.wait(cx);
        // Released between the check and the registration: look again.
        if self.has_room() { Poll::Ready(()) } else { Poll::Pending }
    }

    /// Registers the task to be woken at the next release.
    pub(crate) fn wait(&self, cx: &mut Context<'_>) {
        let mut waiters = self.lock();
        if !waiters.iter().any(|w| w.will_wake(cx.waker())) {
            waiters.push(cx.waker().clone());
        }
        self.0.waiting.store(true, Ordering::Release);
    }

    fn has_room(&self) -> bool {
        let partial = self.0.partial.load(Ordering::Acquire);
        self.0.used.load(Ordering::Acquire).saturating_sub(partial) < self.0.limits.memory
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Waker>> {
        self.0.waiters.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts a new connection; `None` when the connection limit is reached (counted as
    /// refused). The connection is counted until the returned guard is dropped.
    pub(crate) fn admit(&self) -> Option<Admitted> {
        let max = self.0.limits.max_connections;
        let ok = self
            .0
            .connections
            .try_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < max).then_some(n + 1))
            .is_ok();
        if ok {
            Some(Admitted(self.clone()))
        } else {
            self.0.connections_refused.fetch_add(1, Ordering::Relaxed);
            None
        }
    }

    /// Moves the count of calls in flight by one connection from `from` to `to`.
    pub(crate) fn set_in_flight(&self, from: usize, to: usize) {
        if to > from {
            self.0.in_flight.fetch_add(to - from, Ordering::Relaxed);
        } else if from > to {
            self.0.in_flight.fetch_sub(from - to, Ordering::Relaxed);
        }
    }

    /// Counts calls refused instead of run.
    pub(crate) fn add_refused(&self, n: u64) {
        if n > 0 {
            self.0.calls_refused.fetch_add(n, Ordering::Relaxed);
        }
    }

    /// Counts a connection closed for a partial frame that did not complete in time.
    pub(crate) fn add_frame_timeout(&self) {
        self.0.frame_timeouts.fetch_add(1, Ordering::Relaxed);
    }
}

/// A connection counted by [`Budget::admit`]; uncounted on drop.
#[derive(Debug)]
pub(crate) struct Admitted(Budget);

impl Drop for Admitted {
    fn drop(&mut self) {
        self.0.0.connections.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::task::noop_waker_ref;

    #[test]
    fn take_refuses_past_the_limit_and_release_gives_back() {
        let b = Budget::new(ServerLimits::new(100, 2));
        assert!(b.try_take(Held::PartialFrames, 60));
        assert!(!b.try_take(Held::PartialFrames, 41));
        assert!(b.try_take(Held::PartialFrames, 40));
        assert_eq!(b.stats().partial_frame_bytes, 100);
        b.release(Held::PartialFrames, 60);
        assert_eq!(b.stats().memory_used, 40);
    }

    #[test]
    fn counted_bytes_may_exceed_the_limit_and_then_there_is_no_room() {
        let b = Budget::new(ServerLimits::new(100, 2));
        let mut cx = Context::from_waker(noop_waker_ref());
        b.set(Held::QueuedReplies, 0, 150);
        assert!(b.poll_room(&mut cx).is_pending());
        assert!(!b.try_take(Held::PartialFrames, 1));
        b.set(Held::QueuedReplies, 150, 99);
        assert!(b.poll_room(&mut cx).is_ready());
        let s = b.stats();
        assert_eq!((s.queued_reply_bytes, s.memory_used), (99, 99));
    }

    #[test]
    fn connections_are_admitted_up_to_the_limit_and_uncounted_on_drop() {
        let b = Budget::new(ServerLimits::new(100, 2));
        let one = b.admit().unwrap();
        let _two = b.admit().unwrap();
        assert!(b.admit().is_none());
        assert_eq!(b.stats().connections_refused, 1);
        drop(one);
        assert!(b.admit().is_some());
    }

    #[test]
    fn a_release_wakes_the_waiting_tasks() {
        use std::sync::atomic::AtomicUsize;
        struct Count(AtomicUsize);
        impl std::task::Wake for Count {
            fn wake(self: Arc<Self>) {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
        let count = Arc::new(Count(AtomicUsize::new(0)));
        let waker = Waker::from(count.clone());
        let b = Budget::new(ServerLimits::new(10, 1));
        b.set(Held::Arguments, 0, 10);
        assert!(b.poll_room(&mut Context::from_waker(&waker)).is_pending());
        b.set(Held::Arguments, 10, 5);
        assert_eq!(count.0.load(Ordering::SeqCst), 1);
    }
}
