//! The client half of the protocol: handshakes, call ids, the in-flight table, deadlines,
//! cancel, keepalive and connection loss.

use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use neopack::{Encoder, Limits};

use super::{CallFailure, ClientConfig, Failure, Timers, deadline_ms, earliest, frame_limits};
use crate::rpc::frame::{
    self, CALL_HEADER, EncodedCall, Frame, Hello, HelloInterface, MIN_MAX_FRAME, Outcome, VERSION,
    Welcome,
};

/// What a [`ClientSession`] reports. `T` is the caller's per-call payload (a completion
/// channel in the driver), handed back with the call's outcome.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientEvent<T> {
    /// A `welcome` answered the `hello` that returned `token`.
    Welcome {
        /// The token from [`ClientSession::hello`].
        token: u64,
        /// The server's answer.
        welcome: Welcome,
    },
    /// A `hello` got no `welcome` (timeout, connection lost, bad version).
    HandshakeFailed {
        /// The token from [`ClientSession::hello`].
        token: u64,
        /// Why.
        reason: String,
    },
    /// Call `id` finished.
    Completed {
        /// The call id.
        id: u64,
        /// The payload given to [`ClientSession::call`].
        payload: T,
        /// The exact bytes of the result value, or why there is none.
        result: Result<Bytes, CallFailure>,
    },
    /// The peer broke the protocol (a reply for an unknown id, an undecodable frame); the
    /// connection goes on.
    ProtocolViolation {
        /// What happened.
        what: String,
    },
    /// The server sent `goaway`: new calls are refused, calls in flight go on.
    GoAway {
        /// The server's reason.
        reason: String,
    },
    /// The session is closed; every call and handshake has been completed.
    Closed {
        /// Why.
        reason: String,
    },
}

/// Hashes the call ids this session assigns itself (consecutive numbers, never chosen by the
/// peer) with one multiplication instead of SipHash: the high bits of `id × φ·2⁶⁴` spread
/// consecutive ids over the table.
type IdHash = BuildHasherDefault<IdHasher>;

#[derive(Debug, Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, id: u64) {
        self.0 = id.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Refuses a frame of `len` bytes that the peer, accepting at most `limit`, would not take.
fn fits(len: usize, limit: u32) -> Result<(), String> {
    if len > limit as usize {
        return Err(format!("frame of {len} bytes exceeds the peer's limit of {limit} bytes"));
    }
    Ok(())
}

#[derive(Debug)]
struct Entry<T> {
    payload: T,
    deadline: Option<Instant>,
    sent: bool,
}

#[derive(Debug, PartialEq, Eq)]
enum State {
    Open,
    /// The server sent goaway.
    Draining(String),
    Closed,
}

/// The client half of a connection, as a sans-I/O state machine.
#[derive(Debug)]
pub struct ClientSession<T> {
    config: ClientConfig,
    limits: Limits,
    state: State,
    next_id: u64,
    next_token: u64,
    calls: HashMap<u64, Entry<T>, IdHash>,
    /// Ids failed or cancelled locally whose reply is still owed by the server.
    abandoned: HashSet<u64, IdHash>,
    timers: Timers,
    /// Hellos awaiting their welcome, in order: (token, give-up instant).
    hellos: VecDeque<(u64, Instant)>,
    outbound: VecDeque<(Bytes, Option<u64>)>,
    events: VecDeque<ClientEvent<T>>,
    enc: Encoder,
    buf: BytesMut,
    peer_max_frame: u32,
    peer_max_in_flight: u32,
    last_recv: Instant,
    ping: Option<u64>,
}

impl<T> ClientSession<T> {
    /// A new session at `now`, before any handshake.
    pub fn new(config: ClientConfig, now: Instant) -> Self {
        let limits = frame_limits(config.limits, config.max_frame);
        Self {
            limits,
            state: State::Open,
            next_id: 1,
            next_token: 1,
            calls: HashMap::default(),
            abandoned: HashSet::default(),
            timers: Timers::default(),
            hellos: VecDeque::new(),
            outbound: VecDeque::new(),
            events: VecDeque::new(),
            enc: Encoder::new(),
            buf: BytesMut::new(),
            peer_max_frame: config.max_frame,
            peer_max_in_flight: u32::MAX,
            last_recv: now,
            ping: None,
            config,
        }
    }

    /// The number of calls in flight.
    pub fn in_flight(&self) -> usize {
        self.calls.len()
    }

    /// The server's `max_in_flight` from the last `welcome` (`u32::MAX` before one).
    pub fn peer_max_in_flight(&self) -> u32 {
        self.peer_max_in_flight
    }

    /// True when no frame waits in [`ClientSession::poll_transmit`].
    pub fn outbound_is_empty(&self) -> bool {
        self.outbound.is_empty()
    }

    /// True while new calls may be sent: the session is open and the server did not send
    /// `goaway`.
    pub fn accepts_calls(&self) -> bool {
        self.state == State::Open
    }

    /// True once the session is closed.
    pub fn is_closed(&self) -> bool {
        self.state == State::Closed
    }

    /// Queues a control frame (`hello`, `cancel`, `ping`, `pong`, `goaway`).
    fn push_frame(&mut self, frame: &Frame<'_>, call: Option<u64>) -> Result<(), String> {
        let bytes = frame.encode(&mut self.enc).map_err(|e| e.to_string())?;
        fits(bytes.len(), self.peer_max_frame)?;
        crate::transport::copy_stats::note(bytes.len());
        self.buf.extend_from_slice(bytes);
        self.outbound.push_back((self.buf.split().freeze(), call));
        Ok(())
    }

    /// Queues a `hello` for `interfaces`; its answer is reported as
    /// [`ClientEvent::Welcome`] (or [`ClientEvent::HandshakeFailed`]) with the returned token.
    ///
    /// # Errors
    /// A description when the session is closed, `ClientConfig::max_frame` is below
    /// [`MIN_MAX_FRAME`], or the frame cannot be encoded.
    pub fn hello(&mut self, now: Instant, interfaces: Vec<HelloInterface>) -> Result<u64, String> {
        if let Some(reason) = self.refusal() {
            return Err(reason);
        }
        if self.config.max_frame < MIN_MAX_FRAME {
            return Err(format!(
                "max_frame {} is below the protocol minimum of {MIN_MAX_FRAME} bytes",
                self.config.max_frame
            ));
        }
        let hello = Hello { version: VERSION, max_frame: self.config.max_frame, interfaces };
        self.push_frame(&Frame::Hello(hello), None)?;
        let token = self.next_token;
        self.next_token += 1;
        self.hellos.push_back((token, now + self.config.handshake_timeout));
        Ok(token)
    }

    fn refusal(&self) -> Option<String> {
        match &self.state {
            State::Open => None,
            State::Draining(r) => Some(format!("the server is going away ({r})")),
            State::Closed => Some("the connection is closed".to_owned()),
        }
    }

    /// Starts a call: assigns an id, queues the `call` frame and registers `payload`, which
    /// comes back with the outcome in [`ClientEvent::Completed`]. `args` must be one encoded
    /// arguments RECORD; `timeout` is relative to `now`.
    ///
    /// # Errors
    /// [`CallFailure::Rejected`] (with `payload`) when the call cannot be sent at all.
    pub fn call(
        &mut self,
        now: Instant,
        iface: u32,
        func: u32,
        args: &[u8],
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<u64, (CallFailure, T)> {
        let id = self.next_id;
        self.call_as(now, id, iface, func, args, timeout, payload)?;
        self.next_id += 1;
        Ok(id)
    }

    /// [`ClientSession::call`] under an id the caller chose: [`ClientCore`](super::ClientCore)
    /// numbers calls across connections, so a call keeps its id from the queue to the wire.
    /// The id must not be in flight on this session.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_as(
        &mut self,
        now: Instant,
        id: u64,
        iface: u32,
        func: u32,
        args: &[u8],
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<(), (CallFailure, T)> {
        match EncodedCall::from_args(args) {
            Ok(frame) => self.call_frame_as(now, id, iface, func, frame, timeout, payload),
            Err(e) => Err((CallFailure::Rejected { reason: e.to_string() }, payload)),
        }
    }

    /// [`ClientSession::call`] with the call frame already built around the arguments (see
    /// [`CallFrame`](crate::rpc::frame::CallFrame)): the session sets its id, indexes and
    /// deadline in place and queues the frame's own buffer, with no copy of the arguments.
    ///
    /// # Errors
    /// As [`ClientSession::call`].
    pub fn call_frame(
        &mut self,
        now: Instant,
        iface: u32,
        func: u32,
        frame: EncodedCall,
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<u64, (CallFailure, T)> {
        let id = self.next_id;
        self.call_frame_as(now, id, iface, func, frame, timeout, payload)?;
        self.next_id += 1;
        Ok(id)
    }

    /// [`ClientSession::call_frame`] under an id the caller chose (see `call_as`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_frame_as(
        &mut self,
        now: Instant,
        id: u64,
        iface: u32,
        func: u32,
        mut frame: EncodedCall,
        timeout: Option<Duration>,
        payload: T,
    ) -> Result<(), (CallFailure, T)> {
        if let Some(reason) = self.refusal() {
            return Err((CallFailure::Rejected { reason }, payload));
        }
        debug_assert!(!self.calls.contains_key(&id), "call id {id} reused");
        if let Err(reason) = fits(frame.len(), self.peer_max_frame) {
            return Err((CallFailure::Rejected { reason }, payload));
        }
        frame.address(id, iface, func, timeout.map_or(0, deadline_ms));
        self.outbound.push_back((frame.into_bytes(), Some(id)));
        let deadline = timeout.map(|t| now + t);
        if let Some(at) = deadline {
            self.timers.push(at, id);
        }
        self.calls.insert(id, Entry { payload, deadline, sent: false });
        Ok(())
    }

    /// Abandons call `id`: forgets it and, when its frame already left, queues a `cancel`.
    /// Returns its payload; `None` when the call is no longer in flight.
    pub fn cancel(&mut self, id: u64) -> Option<T> {
        let entry = self.calls.remove(&id)?;
        if entry.sent && self.state != State::Closed {
            self.abandoned.insert(id);
            // A cancel frame is a few bytes: encoding cannot fail.
            let _ = self.push_frame(&Frame::Cancel { id }, None);
        }
        Some(entry.payload)
    }

    /// Asks the server to go away politely: sends `goaway` (`shutting-down: reason`); the
    /// transport may close after it.
    pub fn close(&mut self, reason: &str) {
        if self.state != State::Closed {
            let reason = frame::goaway::reason(frame::goaway::SHUTTING_DOWN, reason);
            let _ = self.push_frame(&Frame::Goaway { reason: &reason }, None);
        }
    }

    /// The next frame to hand to the transport.
    pub fn poll_transmit(&mut self) -> Option<Bytes> {
        loop {
            let (bytes, call) = self.outbound.pop_front()?;
            match call {
                None => return Some(bytes),
                Some(id) => {
                    // A call cancelled before it left is never sent.
                    if let Some(e) = self.calls.get_mut(&id) {
                        e.sent = true;
                        return Some(bytes);
                    }
                }
            }
        }
    }

    /// The next event.
    pub fn poll_event(&mut self) -> Option<ClientEvent<T>> {
        self.events.pop_front()
    }

    /// When [`ClientSession::handle_timeout`] should next be called.
    pub fn poll_timeout(&mut self) -> Option<Instant> {
        if self.state == State::Closed {
            return None;
        }
        let calls = &self.calls;
        let call =
            self.timers.peek(|id, at| calls.get(&id).is_some_and(|e| e.deadline == Some(at)));
        let hello = self.hellos.front().map(|h| h.1);
        let keepalive = self
            .config
            .keepalive
            .map(|k| if self.ping.is_some() { self.last_recv + 2 * k } else { self.last_recv + k });
        earliest(earliest(call, hello), keepalive)
    }

    /// True when, at `now`, the server has left a `ping` unanswered for twice the keepalive:
    /// the next [`ClientSession::handle_timeout`] closes the session.
    pub fn keepalive_expired(&self, now: Instant) -> bool {
        let limit = self.config.keepalive.filter(|_| self.ping.is_some());
        self.state != State::Closed && limit.is_some_and(|k| now >= self.last_recv + 2 * k)
    }

    /// Fails what is due at `now`: call deadlines, handshake timeouts, keepalive.
    pub fn handle_timeout(&mut self, now: Instant) {
        if self.state == State::Closed {
            return;
        }
        while let Some((id, at)) = self.timers.pop_due(now) {
            if self.calls.get(&id).is_none_or(|e| e.deadline != Some(at)) {
                continue;
            }
            if let Some(e) = self.calls.remove(&id) {
                if e.sent {
                    self.abandoned.insert(id);
                }
                let result = Err(CallFailure::DeadlineExceeded);
                self.events.push_back(ClientEvent::Completed { id, payload: e.payload, result });
            }
        }
        while self.hellos.front().is_some_and(|h| h.1 <= now) {
            if let Some((token, _)) = self.hellos.pop_front() {
                let reason = "no welcome before the handshake timeout".to_owned();
                self.events.push_back(ClientEvent::HandshakeFailed { token, reason });
            }
        }
        if let Some(k) = self.config.keepalive {
            if self.ping.is_some() && now >= self.last_recv + 2 * k {
                self.connection_lost("the server did not answer a ping");
            } else if self.ping.is_none() && now >= self.last_recv + k {
                let nonce = self.next_token;
                self.next_token += 1;
                self.ping = Some(nonce);
                let _ = self.push_frame(&Frame::Ping { nonce }, None);
            }
        }
    }

    /// Handles one frame from the server.
    pub fn handle_frame(&mut self, now: Instant, bytes: &Bytes) {
        if self.state == State::Closed {
            return;
        }
        self.last_recv = now;
        self.ping = None;
        let frame = match Frame::decode(bytes, self.limits) {
            Ok(f) => f,
            Err(e) => return self.malformed(bytes, &e.to_string()),
        };
        match frame {
            Frame::Welcome(w) => self.welcome(w),
            Frame::Reply(r) => {
                let result = match r.outcome {
                    Outcome::Ok(v) => Ok(bytes.slice_ref(v)),
                    Outcome::Err { code, message } => {
                        Err(CallFailure::Remote(Failure::new(code, message)))
                    }
                };
                self.complete(r.id, result);
            }
            Frame::Ping { nonce } => {
                let _ = self.push_frame(&Frame::Pong { nonce }, None);
            }
            Frame::Pong { .. } => {}
            Frame::Goaway { reason } => {
                if self.state == State::Open {
                    self.state = State::Draining(reason.to_owned());
                    self.events.push_back(ClientEvent::GoAway { reason: reason.to_owned() });
                }
            }
            Frame::Hello(_) | Frame::Call(_) | Frame::Cancel { .. } => {
                let what = format!("unexpected frame kind {} from a server", frame.kind());
                self.events.push_back(ClientEvent::ProtocolViolation { what });
            }
        }
    }

    fn welcome(&mut self, w: Welcome) {
        let Some((token, _)) = self.hellos.pop_front() else {
            let what = "a welcome without a pending hello".to_owned();
            return self.events.push_back(ClientEvent::ProtocolViolation { what });
        };
        if w.version != VERSION {
            let reason = format!("the server speaks protocol version {}", w.version);
            return self.events.push_back(ClientEvent::HandshakeFailed { token, reason });
        }
        if w.max_frame < MIN_MAX_FRAME {
            let reason = format!("the server's max_frame {} is below {MIN_MAX_FRAME}", w.max_frame);
            return self.events.push_back(ClientEvent::HandshakeFailed { token, reason });
        }
        self.peer_max_frame = w.max_frame;
        self.peer_max_in_flight = w.max_in_flight;
        self.events.push_back(ClientEvent::Welcome { token, welcome: w });
    }

    fn complete(&mut self, id: u64, result: Result<Bytes, CallFailure>) {
        if let Some(e) = self.calls.remove(&id) {
            self.events.push_back(ClientEvent::Completed { id, payload: e.payload, result });
        } else if !self.abandoned.remove(&id) {
            let what = format!("a reply for unknown call id {id}");
            self.events.push_back(ClientEvent::ProtocolViolation { what });
        }
    }

    fn malformed(&mut self, bytes: &[u8], error: &str) {
        if let Some((frame::kind::REPLY, id)) = frame::peek_id(bytes, self.limits) {
            let detail = error.to_owned();
            if self.calls.contains_key(&id) {
                return self.complete(id, Err(CallFailure::Malformed { detail }));
            }
        }
        let what = format!("an undecodable frame: {error}");
        self.events.push_back(ClientEvent::ProtocolViolation { what });
    }

    /// Removes the calls whose frame has not been handed to the transport yet and returns
    /// them, in id order, with their payload and the exact bytes of their arguments: they
    /// certainly did not run, so a driver that reconnects may send them again. Call before
    /// [`ClientSession::connection_lost`].
    pub fn take_unsent(&mut self) -> Vec<(u64, T, Bytes)> {
        self.take_unsent_frames()
            .into_iter()
            .map(|(id, payload, frame)| (id, payload, frame.slice(CALL_HEADER..)))
            .collect()
    }

    /// [`ClientSession::take_unsent`] with each call's whole frame (a `call` frame built by
    /// this session, so its arguments start at [`CALL_HEADER`]).
    pub(super) fn take_unsent_frames(&mut self) -> Vec<(u64, T, Bytes)> {
        let mut unsent = Vec::new();
        for (bytes, call) in std::mem::take(&mut self.outbound) {
            let Some(id) = call else { continue };
            let Some(entry) = self.calls.remove(&id) else { continue };
            unsent.push((id, entry.payload, bytes));
        }
        unsent
    }

    /// The transport is gone: fails every call and handshake and closes the session. A call
    /// whose frame was handed to the transport may have executed; a queued one did not.
    pub fn connection_lost(&mut self, reason: &str) {
        if self.state == State::Closed {
            return;
        }
        self.state = State::Closed;
        self.outbound.clear();
        self.timers.clear();
        self.abandoned.clear();
        for (token, _) in self.hellos.drain(..) {
            let reason = format!("connection lost ({reason})");
            self.events.push_back(ClientEvent::HandshakeFailed { token, reason });
        }
        let mut calls: Vec<_> = self.calls.drain().collect();
        calls.sort_unstable_by_key(|c| c.0);
        for (id, e) in calls {
            let result = Err(CallFailure::ConnectionLost {
                may_have_executed: e.sent,
                reason: reason.to_owned(),
            });
            self.events.push_back(ClientEvent::Completed { id, payload: e.payload, result });
        }
        self.events.push_back(ClientEvent::Closed { reason: reason.to_owned() });
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn consecutive_ids_hash_to_distinct_buckets_and_control_bytes() {
        let h = IdHash::default();
        let hashes: Vec<u64> = (1..=1024u64).map(|id| h.hash_one(id)).collect();
        let buckets: HashSet<u64> = hashes.iter().map(|x| x & 1023).collect();
        assert_eq!(buckets.len(), 1024, "the low bits of 1024 consecutive ids are a permutation");
        let tops: HashSet<u64> = hashes.iter().map(|x| x >> 57).collect();
        assert!(tops.len() > 100, "the top 7 bits vary: {}", tops.len());
    }
}
