//! The client's protocol across transport connections: bindings and their function tables,
//! the queue of calls waiting to be sent, reconnection with backoff, and the re-handshake of
//! every binding on each new connection. One [`ClientSession`] per connection does the rest.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};

use super::binding::{BindRefusal, BindingEntry, Table, Target, read_entry, target};
use super::client::{ClientEvent, ClientSession};
use super::{Backoff, CallFailure, ClientConfig, Timers, earliest};
use crate::rpc::frame::{EncodedCall, HelloInterface, Welcome};

/// What a [`ClientCore`] reports. `T` is the caller's per-call payload, handed back with the
/// call's outcome.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientCoreEvent<T> {
    /// Open a transport connection now, then report it with
    /// [`ClientCore::connection_opened`] or [`ClientCore::connect_failed`].
    Connect,
    /// The core ended the current connection (the server left a `ping` unanswered): drop
    /// the transport. Its calls have been completed or queued again.
    Disconnect {
        /// Why.
        reason: String,
    },
    /// Call `key` finished.
    Completed {
        /// The key returned by [`ClientCore::call`] (also the call's id on the wire).
        key: u64,
        /// The payload given to [`ClientCore::call`].
        payload: T,
        /// The exact bytes of the result value, or why there is none.
        result: Result<Bytes, CallFailure>,
    },
    /// The first handshake of a binding made with [`ClientCore::bind`] was answered. A
    /// refused binding is released.
    Bound {
        /// The binding from [`ClientCore::bind`].
        binding: usize,
        /// Whether the server accepted it.
        result: Result<(), BindRefusal>,
    },
    /// A binding's handshake on a new connection was refused: its calls fail with `reason`
    /// until a later connection accepts it again.
    RebindRefused {
        /// The binding.
        binding: usize,
        /// Why (also what its calls fail with).
        reason: String,
    },
    /// The server broke the protocol; the connection goes on.
    ProtocolViolation {
        /// What happened.
        what: String,
    },
    /// The server sent `goaway`.
    GoAway {
        /// The server's reason.
        reason: String,
    },
    /// Closed for good: every call and binding has been answered, nothing more is accepted.
    Closed {
        /// Why.
        reason: String,
    },
}

/// The most calls in flight on `session`: ours, lowered by the server's.
fn limit<T>(config: &ClientConfig, session: &ClientSession<T>) -> usize {
    config.max_in_flight.min(session.peer_max_in_flight()).max(1) as usize
}

/// A call registered with the session: what it takes to queue it again.
#[derive(Debug)]
struct Sent<T> {
    payload: T,
    binding: usize,
    func: usize,
    deadline: Option<Instant>,
}

/// A call waiting to be sent, with its frame (addressed when it is sent).
#[derive(Debug)]
struct Queued<T> {
    sent: Sent<T>,
    frame: EncodedCall,
}

/// What [`ClientCore::call`] did with a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Started {
    /// Its frame waits in [`ClientCore::poll_transmit`].
    Sent,
    /// It waits in the queue (for a slot in flight, a connection or a handshake).
    Queued,
}

#[derive(Debug)]
struct Reconnect {
    policy: Backoff,
    /// Consecutive failed attempts.
    failures: u32,
    /// xorshift state for the backoff jitter.
    rng: u64,
}

impl Reconnect {
    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The client's whole protocol as a sans-I/O state machine: it owns the connection's
/// bindings, the queue of calls waiting for a slot in flight, a connection or a handshake,
/// and (with [`ClientCore::reconnecting`]) the decision to connect again, and hands its
/// caller frames to send, events and timeouts. The caller only moves bytes, opens a
/// transport connection when asked ([`ClientCoreEvent::Connect`]) and reports what happened.
///
/// Calls are numbered by the core across connections: a call keeps its key from the queue to
/// the wire, where it is the call id.
#[derive(Debug)]
pub struct ClientCore<T> {
    config: ClientConfig,
    /// The session of the current transport connection.
    session: Option<ClientSession<Sent<T>>>,
    /// Transport connections opened so far.
    generation: u64,
    reconnect: Option<Reconnect>,
    /// When to ask for the next connection attempt.
    next_attempt: Option<Instant>,
    /// Set once closed for good.
    closed: Option<String>,
    /// Bindings by id; ids are never reused, so an answer cannot reach a later binding.
    bindings: BTreeMap<usize, BindingEntry>,
    next_binding: usize,
    /// `hello` tokens of the current session → binding.
    handshakes: HashMap<u64, usize>,
    /// Calls waiting to be sent, by key: key order is the order they were made.
    queue: BTreeMap<u64, Queued<T>>,
    queue_timers: Timers,
    next_key: u64,
    events: VecDeque<ClientCoreEvent<T>>,
    /// Frames of [`ClientCore::call`] are split off this buffer, whose memory is reused once
    /// the transport has dropped them.
    buf: BytesMut,
}

impl<T> ClientCore<T> {
    /// A core that never reconnects: once its connection is lost, it is closed for good. Its
    /// caller opens the first connection and reports [`ClientCore::connection_opened`].
    pub fn new(config: ClientConfig) -> Self {
        Self {
            config,
            session: None,
            generation: 0,
            reconnect: None,
            next_attempt: None,
            closed: None,
            bindings: BTreeMap::new(),
            next_binding: 0,
            handshakes: HashMap::new(),
            queue: BTreeMap::new(),
            queue_timers: Timers::default(),
            next_key: 1,
            events: VecDeque::new(),
            buf: BytesMut::new(),
        }
    }

    /// A core that connects again after a loss, with `config.reconnect`'s backoff; `seed`
    /// seeds the backoff jitter.
    pub fn reconnecting(config: ClientConfig, seed: u64) -> Self {
        let reconnect = Reconnect { policy: config.reconnect, failures: 0, rng: seed | 1 };
        Self { reconnect: Some(reconnect), ..Self::new(config) }
    }

    /// Transport connections opened so far.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// True while a transport connection is attached and the core is not closed.
    pub fn is_connected(&self) -> bool {
        self.session.is_some() && self.closed.is_none()
    }

    /// True once closed for good.
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    /// Calls waiting in the queue.
    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// Calls registered with the current connection.
    pub fn in_flight(&self) -> usize {
        self.session.as_ref().map_or(0, ClientSession::in_flight)
    }

    /// True when no frame waits in [`ClientCore::poll_transmit`].
    pub fn outbound_is_empty(&self) -> bool {
        self.session.as_ref().is_none_or(ClientSession::outbound_is_empty)
    }

    /// A transport connection is open: a fresh session, and a `hello` for every binding.
    pub fn connection_opened(&mut self, now: Instant) {
        if self.closed.is_some() {
            return;
        }
        if self.session.is_some() {
            self.connection_lost("replaced by a new connection");
        }
        self.generation += 1;
        self.next_attempt = None;
        if let Some(r) = &mut self.reconnect {
            r.failures = 0;
        }
        let mut session = ClientSession::new(self.config.clone(), now);
        self.handshakes.clear();
        let mut refused = Vec::new();
        for (&i, b) in &mut self.bindings {
            b.table = Table::Waiting;
            match session.hello(now, vec![b.hello.clone()]) {
                Ok(token) => {
                    self.handshakes.insert(token, i);
                }
                Err(reason) => refused.push((i, BindRefusal::Handshake(reason))),
            }
        }
        self.session = Some(session);
        for (i, refusal) in refused {
            self.refused(i, refusal);
        }
        self.promote(now);
    }

    /// A connection attempt failed: ask again after the backoff, or give up (every queued
    /// call then fails, certainly not executed).
    pub fn connect_failed(&mut self, now: Instant, reason: &str) {
        if self.closed.is_some() || self.session.is_some() {
            return;
        }
        let Some(r) = &mut self.reconnect else {
            return self.close_for_good(reason);
        };
        r.failures += 1;
        if r.policy.max_attempts.is_some_and(|max| r.failures >= max) {
            let reason = format!("gave up reconnecting after {} attempts: {reason}", r.failures);
            return self.close_for_good(&reason);
        }
        let unit = r.unit();
        self.next_attempt = Some(now + r.policy.delay(r.failures - 1, unit));
    }

    /// The transport connection is gone. Calls whose frame was handed out fail
    /// `may_have_executed`; the others go back to the queue when the core reconnects, else
    /// fail not sent. A reconnecting core asks for a new connection at once.
    pub fn connection_lost(&mut self, reason: &str) {
        let Some(mut session) = self.session.take() else { return };
        let requeue = self.reconnect.is_some() && self.closed.is_none();
        if requeue {
            for (key, sent, frame) in session.take_unsent_frames() {
                if let Some(at) = sent.deadline {
                    self.queue_timers.push(at, key);
                }
                let frame = EncodedCall::from_frame(&frame);
                self.queue.insert(key, Queued { sent, frame });
            }
        }
        session.connection_lost(reason);
        // A first handshake fails with the connection; a re-handshake is re-run on the next.
        let bindings = &self.bindings;
        self.handshakes.retain(|_, i| bindings.get(i).is_some_and(|b| b.first.is_some()));
        while let Some(ev) = session.poll_event() {
            self.session_event(ev);
        }
        self.handshakes.clear();
        for b in self.bindings.values_mut() {
            b.table = Table::Waiting;
        }
        if self.closed.is_some() {
            return;
        }
        if requeue {
            self.events.push_back(ClientCoreEvent::Connect);
        } else {
            self.close_for_good(reason);
        }
    }

    /// Closes for good: sends `goaway` (`shutting-down: reason`) on the current connection
    /// (report [`ClientCore::connection_lost`] once it is written), fails queued calls and
    /// waiting bindings, and accepts nothing more.
    pub fn close(&mut self, reason: &str) {
        if self.closed.is_some() {
            return;
        }
        if let Some(s) = &mut self.session {
            s.close(reason);
        }
        self.close_for_good(reason);
    }

    fn close_for_good(&mut self, reason: &str) {
        if self.closed.is_some() {
            return;
        }
        self.closed = Some(reason.to_owned());
        self.next_attempt = None;
        let lost = CallFailure::ConnectionLost { may_have_executed: false, reason: reason.into() };
        for (key, q) in std::mem::take(&mut self.queue) {
            let (payload, result) = (q.sent.payload, Err(lost.clone()));
            self.events.push_back(ClientCoreEvent::Completed { key, payload, result });
        }
        self.queue_timers.clear();
        let waiting: Vec<usize> =
            self.bindings.iter().filter(|(_, b)| b.first.is_some()).map(|(&i, _)| i).collect();
        for i in waiting {
            self.refused(i, BindRefusal::Handshake(format!("connection closed ({reason})")));
        }
        self.events.push_back(ClientCoreEvent::Closed { reason: reason.to_owned() });
    }

    /// Binds an interface: sends its `hello` now, or on the next connection (waiting at most
    /// the handshake timeout for one). The answer comes as [`ClientCoreEvent::Bound`]; an
    /// accepted binding's handshake is re-run on every later connection until
    /// [`ClientCore::release`].
    ///
    /// # Errors
    /// A description when the core is closed or the `hello` cannot be sent.
    pub fn bind(&mut self, now: Instant, hello: HelloInterface) -> Result<usize, String> {
        if let Some(r) = &self.closed {
            return Err(format!("connection closed ({r})"));
        }
        let token = match &mut self.session {
            Some(s) => Some(s.hello(now, vec![hello.clone()])?),
            None => None,
        };
        let first = Some(now + self.config.handshake_timeout);
        let entry = BindingEntry { hello, table: Table::Waiting, first };
        let i = self.next_binding;
        self.next_binding += 1;
        self.bindings.insert(i, entry);
        if let Some(token) = token {
            self.handshakes.insert(token, i);
        }
        Ok(i)
    }

    /// Forgets `binding`: its handshake is not re-run, its queued calls fail.
    pub fn release(&mut self, binding: usize) {
        if self.bindings.remove(&binding).is_none() {
            return;
        }
        self.handshakes.retain(|_, b| *b != binding);
        self.fail_queued(binding, "the binding was released");
    }

    /// Fails every queued call of `binding`.
    fn fail_queued(&mut self, binding: usize, reason: &str) {
        let keys: Vec<u64> =
            self.queue.iter().filter(|(_, q)| q.sent.binding == binding).map(|(k, _)| *k).collect();
        for key in keys {
            if let Some(q) = self.queue.remove(&key) {
                let result = Err(CallFailure::Rejected { reason: reason.to_owned() });
                let payload = q.sent.payload;
                self.events.push_back(ClientCoreEvent::Completed { key, payload, result });
            }
        }
    }

    fn target(&self, binding: usize, func: usize) -> Target {
        target(&self.bindings, binding, func)
    }

    /// Starts a call of function `func` (an index into the binding's `hello`) with `args`,
    /// one encoded arguments RECORD, and a deadline `timeout` after `now`: sent at once when
    /// the binding is bound, a slot in flight is free and nothing is queued, else queued.
    /// Returns its key.
    ///
    /// # Errors
    /// [`CallFailure::Rejected`] (with `payload`) when the call cannot be sent at all;
    /// [`CallFailure::Overloaded`] when the queue is full.
    #[allow(clippy::too_many_arguments)]
    pub fn call(
        &mut self,
        now: Instant,
        binding: usize,
        func: usize,
        args: &[u8],
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<(u64, Started), (CallFailure, T)> {
        match EncodedCall::from_args_in(&mut self.buf, args) {
            Ok(frame) => self.call_frame(now, binding, func, frame, timeout, payload),
            Err(e) => Err((CallFailure::Rejected { reason: e.to_string() }, payload)),
        }
    }

    /// [`ClientCore::call`] for `args` known to be one valid value (checked against the
    /// function's schema, or written by its typed encoder): copied once after the header,
    /// never walked.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call_valid(
        &mut self,
        now: Instant,
        binding: usize,
        func: usize,
        args: &[u8],
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<(u64, Started), (CallFailure, T)> {
        let frame = EncodedCall::from_valid_args_in(&mut self.buf, args);
        self.call_frame(now, binding, func, frame, timeout, payload)
    }

    /// [`ClientCore::call`] with the call frame already built around the arguments (see
    /// [`CallFrame`](crate::rpc::frame::CallFrame)): the frame's buffer is what the transport
    /// gets, queued or not, with its id, indexes and deadline set in place.
    ///
    /// # Errors
    /// As [`ClientCore::call`].
    pub fn call_frame(
        &mut self,
        now: Instant,
        binding: usize,
        func: usize,
        frame: EncodedCall,
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<(u64, Started), (CallFailure, T)> {
        if let Some(r) = &self.closed {
            let reason = format!("the connection is closed ({r})");
            return Err((CallFailure::Rejected { reason }, payload));
        }
        let draining = self.session.as_ref().is_some_and(|s| !s.accepts_calls());
        if draining && self.reconnect.is_none() {
            let reason = "the server is going away".to_owned();
            return Err((CallFailure::Rejected { reason }, payload));
        }
        let key = self.next_key;
        let deadline = timeout.map(|t| now + t);
        let sent = Sent { payload, binding, func, deadline };
        match self.target(binding, func) {
            Target::Fail(reason) => return Err((CallFailure::Rejected { reason }, sent.payload)),
            Target::Send(iface, f) if self.queue.is_empty() => {
                let config = &self.config;
                if let Some(s) = &mut self.session
                    && s.accepts_calls()
                    && s.in_flight() < limit(config, s)
                {
                    s.call_frame_as(now, key, iface, f, frame, timeout, sent)
                        .map_err(|(e, sent)| (e, sent.payload))?;
                    self.next_key += 1;
                    return Ok((key, Started::Sent));
                }
            }
            Target::Send(..) | Target::Wait => {}
        }
        if self.queue.len() >= self.config.max_queued {
            let limit = self.config.max_queued;
            return Err((CallFailure::Overloaded { limit }, sent.payload));
        }
        self.next_key += 1;
        if let Some(at) = deadline {
            self.queue_timers.push(at, key);
        }
        self.queue.insert(key, Queued { sent, frame });
        Ok((key, Started::Queued))
    }

    /// Abandons call `key`: a queued call is forgotten, a sent one cancelled (a `cancel`
    /// frame follows when its frame already left). Returns its payload; `None` when the call
    /// is no longer pending.
    pub fn cancel(&mut self, key: u64) -> Option<T> {
        if let Some(q) = self.queue.remove(&key) {
            return Some(q.sent.payload);
        }
        self.session.as_mut()?.cancel(key).map(|s| s.payload)
    }

    /// Moves queued calls into the session while slots are free, in the order they were
    /// made; a call whose binding waits for its handshake holds back the ones behind it.
    fn promote(&mut self, now: Instant) {
        let Some(s) = &mut self.session else { return };
        let limit = limit(&self.config, s);
        while s.accepts_calls() && s.in_flight() < limit {
            let Some(entry) = self.queue.first_entry() else { return };
            let q = entry.get();
            let deadline = q.sent.deadline;
            let failure = match deadline {
                Some(d) if d <= now => CallFailure::DeadlineExceeded,
                _ => match target(&self.bindings, q.sent.binding, q.sent.func) {
                    Target::Wait => return,
                    Target::Fail(reason) => CallFailure::Rejected { reason },
                    Target::Send(iface, func) => {
                        let (key, q) = entry.remove_entry();
                        let timeout = deadline.map(|d| d - now);
                        match s.call_frame_as(now, key, iface, func, q.frame, timeout, q.sent) {
                            Ok(()) => continue,
                            Err((failure, sent)) => {
                                let (payload, result) = (sent.payload, Err(failure));
                                let done = ClientCoreEvent::Completed { key, payload, result };
                                self.events.push_back(done);
                                continue;
                            }
                        }
                    }
                },
            };
            let (key, q) = entry.remove_entry();
            let (payload, result) = (q.sent.payload, Err(failure));
            self.events.push_back(ClientCoreEvent::Completed { key, payload, result });
        }
    }

    /// The next frame to hand to the transport.
    pub fn poll_transmit(&mut self) -> Option<Bytes> {
        self.session.as_mut()?.poll_transmit()
    }

    /// The next event.
    pub fn poll_event(&mut self) -> Option<ClientCoreEvent<T>> {
        self.events.pop_front()
    }

    /// When [`ClientCore::handle_timeout`] should next be called.
    pub fn poll_timeout(&mut self) -> Option<Instant> {
        if self.closed.is_some() && self.session.is_none() {
            return None;
        }
        let queue = &self.queue;
        let queued = self
            .queue_timers
            .peek(|key, at| queue.get(&key).is_some_and(|q| q.sent.deadline == Some(at)));
        let session = self.session.as_mut().and_then(ClientSession::poll_timeout);
        let binds = if self.session.is_none() {
            self.bindings.values().filter_map(|b| b.first).min()
        } else {
            None
        };
        earliest(earliest(queued, session), earliest(binds, self.next_attempt))
    }

    /// Does what is due at `now`: a connection attempt after its backoff, queued calls past
    /// their deadline, bindings that waited too long for a connection, and the session's
    /// own timeouts (call deadlines, handshakes, keepalive).
    pub fn handle_timeout(&mut self, now: Instant) {
        if self.next_attempt.is_some_and(|at| at <= now) {
            self.next_attempt = None;
            self.events.push_back(ClientCoreEvent::Connect);
        }
        while let Some((key, at)) = self.queue_timers.pop_due(now) {
            if self.queue.get(&key).is_some_and(|q| q.sent.deadline == Some(at))
                && let Some(q) = self.queue.remove(&key)
            {
                let (payload, result) = (q.sent.payload, Err(CallFailure::DeadlineExceeded));
                self.events.push_back(ClientCoreEvent::Completed { key, payload, result });
            }
        }
        if self.session.is_none() {
            let late: Vec<usize> = self
                .bindings
                .iter()
                .filter(|(_, b)| b.first.is_some_and(|at| at <= now))
                .map(|(&i, _)| i)
                .collect();
            for i in late {
                let reason = "not connected before the handshake timeout".to_owned();
                self.refused(i, BindRefusal::Handshake(reason));
            }
        }
        let Some(s) = &mut self.session else { return };
        if s.keepalive_expired(now) {
            let reason = "the server did not answer a ping".to_owned();
            self.events.push_back(ClientCoreEvent::Disconnect { reason: reason.clone() });
            return self.connection_lost(&reason);
        }
        s.handle_timeout(now);
        self.drain_current();
        self.promote(now);
    }

    /// Handles one frame from the server.
    pub fn handle_frame(&mut self, now: Instant, bytes: &Bytes) {
        let Some(s) = &mut self.session else { return };
        s.handle_frame(now, bytes);
        self.drain_current();
        if !self.queue.is_empty() {
            self.promote(now);
        }
    }

    /// Turns the current session's events into the core's.
    fn drain_current(&mut self) {
        while let Some(ev) = self.session.as_mut().and_then(ClientSession::poll_event) {
            self.session_event(ev);
        }
    }

    /// Turns one event of a session into the core's.
    fn session_event(&mut self, ev: ClientEvent<Sent<T>>) {
        match ev {
            ClientEvent::Completed { id, payload, result } => {
                let payload = payload.payload;
                self.events.push_back(ClientCoreEvent::Completed { key: id, payload, result });
            }
            ClientEvent::Welcome { token, welcome } => self.welcome(token, welcome),
            ClientEvent::HandshakeFailed { token, reason } => {
                if let Some(i) = self.handshakes.remove(&token) {
                    self.refused(i, BindRefusal::Handshake(reason));
                }
            }
            ClientEvent::ProtocolViolation { what } => {
                self.events.push_back(ClientCoreEvent::ProtocolViolation { what });
            }
            ClientEvent::GoAway { reason } => {
                self.events.push_back(ClientCoreEvent::GoAway { reason });
            }
            // Only `connection_lost` closes a session: the core reports it itself.
            ClientEvent::Closed { .. } => {}
        }
    }

    /// The one place a `welcome` is read: the session checked version and limits, the entry
    /// becomes the binding's function table or the reason it has none.
    fn welcome(&mut self, token: u64, welcome: Welcome) {
        let Some(i) = self.handshakes.remove(&token) else { return };
        let Some(b) = self.bindings.get_mut(&i) else { return };
        let entry = welcome.interfaces.into_iter().next();
        match read_entry(b.hello.functions.len(), entry) {
            Ok(table) => {
                b.table = table;
                if b.first.take().is_some() {
                    self.events.push_back(ClientCoreEvent::Bound { binding: i, result: Ok(()) });
                }
            }
            Err(refusal) => self.refused(i, refusal),
        }
    }

    /// Binding `i` was refused: a first handshake releases it and reports why; a later one
    /// leaves it refused on this connection and fails its queued calls.
    fn refused(&mut self, i: usize, refusal: BindRefusal) {
        let Some(b) = self.bindings.get_mut(&i) else { return };
        if b.first.is_some() {
            self.release(i);
            self.events.push_back(ClientCoreEvent::Bound { binding: i, result: Err(refusal) });
        } else {
            let reason = refusal.after_reconnect();
            b.table = Table::Refused(reason.clone());
            self.fail_queued(i, &reason);
            self.events.push_back(ClientCoreEvent::RebindRefused { binding: i, reason });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_jitter_stays_in_the_unit_interval_and_varies() {
        let mut r = Reconnect { policy: Backoff::default(), failures: 0, rng: 0x1234_5679 };
        let xs: Vec<f64> = (0..1000).map(|_| r.unit()).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        assert!(xs.iter().any(|&x| x < 0.5) && xs.iter().any(|&x| x >= 0.5));
    }

    #[test]
    fn backoff_doubles_up_to_its_bound_and_jitter_only_shortens() {
        let b = Backoff::new(Duration::from_millis(10), Duration::from_millis(100));
        let no_jitter: Vec<u128> = (0..6).map(|n| b.delay(n, 0.0).as_millis()).collect();
        assert_eq!(no_jitter, [10, 20, 40, 80, 100, 100]);
        assert_eq!(b.delay(40, 0.0), Duration::from_millis(100), "no overflow on long outages");
        let jittered = b.delay(3, 0.999);
        assert!(jittered >= Duration::from_millis(40) && jittered <= Duration::from_millis(80));
    }
}
