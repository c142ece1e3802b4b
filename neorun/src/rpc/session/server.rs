//! The server half of the protocol: handshakes against the exported interfaces, call
//! validation, the in-flight limit, deadlines, cancel, ping, goaway and timeouts.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use neopack::schema::{Interface, Type};
use neopack::{Encoder, Limits};

use super::{Failure, ServerConfig, Timers, earliest, frame_limits};
use crate::rpc::frame::{
    self, Call, Frame, Hello, MIN_MAX_FRAME, Outcome, Reply, VERSION, Welcome, WelcomeEntry, code,
    goaway,
};

/// The exported interfaces with their precomputed parameter and result types; shared by every
/// connection of a server.
#[derive(Debug)]
pub struct ServerSchema {
    interfaces: Vec<Interface>,
    /// `[iface][func]` → (parameter record type, result type).
    types: Vec<Vec<(Type, Option<Type>)>>,
    /// `[iface]`: the service decodes the arguments strictly (`Service::decodes_strictly`),
    /// so the session does not check them against the schema first.
    strict: Vec<bool>,
}

impl ServerSchema {
    /// The schema of `interfaces`; a call names them by index.
    pub fn new(interfaces: Vec<Interface>) -> Self {
        let types = interfaces
            .iter()
            .map(|i| i.functions.iter().map(|f| (f.params_type(), f.result.clone())).collect())
            .collect();
        let strict = vec![false; interfaces.len()];
        Self { interfaces, types, strict }
    }

    /// This schema, where `strict(i)` says whether the service decodes the arguments of
    /// interface `i` into typed values with every check of the parameter types (see
    /// `Service::decodes_strictly`): the session then leaves the check to that decoder
    /// instead of walking the arguments twice. Malformed arguments still fail the call with
    /// `bad-arguments`, from the service.
    #[must_use]
    pub fn with_strict_decoders(mut self, strict: impl Fn(usize) -> bool) -> Self {
        self.strict = (0..self.interfaces.len()).map(strict).collect();
        self
    }

    /// The exported interfaces.
    pub fn interfaces(&self) -> &[Interface] {
        &self.interfaces
    }

    /// The parameter record type and result type of function `func` of interface `iface`.
    pub fn types(&self, iface: usize, func: usize) -> Option<&(Type, Option<Type>)> {
        self.types.get(iface)?.get(func)
    }

    fn answer(&self, name: &str, functions: &[frame::FunctionRef]) -> (WelcomeEntry, usize) {
        let Some(idx) = self.interfaces.iter().position(|i| i.name == name) else {
            return (WelcomeEntry::UnknownInterface, 0);
        };
        let iface = &self.interfaces[idx];
        let mut funcs = Vec::with_capacity(functions.len());
        for r in functions {
            let found = iface.functions.iter().position(|f| f.name == r.name);
            match found {
                Some(i) if iface.functions[i].fingerprint() == r.fingerprint => {
                    funcs.push(u32::try_from(i).unwrap_or(u32::MAX));
                }
                _ => {
                    let server = found.map(|i| iface.functions[i].clone());
                    return (WelcomeEntry::Mismatch { function: r.name.clone(), server }, idx);
                }
            }
        }
        let iface = u32::try_from(idx).unwrap_or(u32::MAX);
        (WelcomeEntry::Accepted { iface, funcs }, idx)
    }
}

/// What a [`ServerSession`] asks its driver to do.
#[derive(Debug)]
#[non_exhaustive]
pub enum ServerEvent {
    /// Run function `func` of interface `iface` (indexes into [`ServerSchema::interfaces`]) with
    /// `args` (already validated against its parameter record), then report the outcome with
    /// [`ServerSession::complete`].
    Dispatch {
        /// The call id.
        id: u64,
        /// Interface index.
        iface: usize,
        /// Function index.
        func: usize,
        /// The exact bytes of the arguments RECORD.
        args: Bytes,
        /// When the client stops waiting; the session replies `deadline-exceeded` then.
        deadline: Option<Instant>,
    },
    /// Drop the work of call `id` (cancelled or past its deadline; already answered).
    Cancel {
        /// The call id.
        id: u64,
    },
    /// The client broke the protocol.
    ProtocolViolation {
        /// What happened.
        what: String,
    },
    /// Flush what [`ServerSession::poll_transmit`] still yields, then close the transport.
    Close {
        /// Why.
        reason: String,
    },
}

#[derive(Debug)]
struct Running {
    iface: usize,
    func: usize,
    deadline: Option<Instant>,
    /// Bytes of the call's frame, held while it runs (its arguments borrow it).
    frame_len: usize,
}

/// A frame waiting to be handed to the transport; `reply_to` names the call a reply answers.
#[derive(Debug)]
struct Outgoing {
    bytes: Bytes,
    reply_to: Option<u64>,
}

#[derive(Debug, PartialEq, Eq)]
enum State {
    Open,
    /// The server sent `goaway`: it closes once every call is answered.
    Draining,
    /// The client sent `goaway`: calls still get answers; the client closes the connection.
    ClientLeaving,
    Closed,
}

/// The server half of one connection, as a sans-I/O state machine.
#[derive(Debug)]
pub struct ServerSession {
    schema: Arc<ServerSchema>,
    config: ServerConfig,
    limits: Limits,
    state: State,
    started: Instant,
    hello_seen: bool,
    /// `[iface][func]`: accepted by a handshake on this connection.
    accepted: Vec<Vec<bool>>,
    calls: HashMap<u64, Running>,
    timers: Timers,
    /// Frames not yet handed to the transport, in order.
    outbound: VecDeque<Outgoing>,
    /// Bytes of `outbound`.
    outbound_bytes: usize,
    /// The calls whose reply waits in `outbound`: still in flight for the id and the limit.
    unsent: HashSet<u64>,
    /// Bytes of the frames of the calls in `calls`.
    argument_bytes: usize,
    /// Calls answered `overloaded` or `shutting-down` (never run).
    refused: u64,
    events: VecDeque<ServerEvent>,
    enc: Encoder,
    buf: BytesMut,
    peer_max_frame: u32,
    last_recv: Instant,
    peer_identity: Option<String>,
}

impl ServerSession {
    /// A new connection accepted at `now`.
    pub fn new(schema: Arc<ServerSchema>, config: ServerConfig, now: Instant) -> Self {
        let accepted = schema.interfaces.iter().map(|i| vec![false; i.functions.len()]).collect();
        Self {
            limits: frame_limits(config.limits, config.max_frame),
            state: State::Open,
            started: now,
            hello_seen: false,
            accepted,
            calls: HashMap::new(),
            timers: Timers::default(),
            outbound: VecDeque::new(),
            outbound_bytes: 0,
            unsent: HashSet::new(),
            argument_bytes: 0,
            refused: 0,
            events: VecDeque::new(),
            enc: Encoder::new(),
            buf: BytesMut::new(),
            peer_max_frame: config.max_frame,
            last_recv: now,
            peer_identity: None,
            schema,
            config,
        }
    }

    /// Sets the peer's verified identity (`Conn::peer_identity`), checked against
    /// `ServerConfig::access` at each handshake.
    #[must_use]
    pub fn with_peer_identity(mut self, identity: Option<String>) -> Self {
        self.peer_identity = identity;
        self
    }

    fn allowed(&self, interface: &str) -> bool {
        match self.config.access.get(interface) {
            None => true,
            Some(ids) => self.peer_identity.as_ref().is_some_and(|id| ids.contains(id)),
        }
    }

    /// The number of calls in flight: running, or answered with a reply that has not been
    /// handed to the transport yet ([`ServerSession::poll_transmit`]).
    pub fn in_flight(&self) -> usize {
        self.calls.len() + self.unsent.len()
    }

    /// Bytes of the frames waiting to be handed to the transport.
    pub fn queued_bytes(&self) -> usize {
        self.outbound_bytes
    }

    /// Bytes of the frames of the calls that are running (their arguments borrow them).
    pub fn argument_bytes(&self) -> usize {
        self.argument_bytes
    }

    /// Calls answered `overloaded` or `shutting-down` instead of being run, so far.
    pub fn refused(&self) -> u64 {
        self.refused
    }

    /// True while the session takes more frames: it is open and the frames it has not yet
    /// handed to the transport stay under `ServerConfig::reply_budget`. A driver that stops
    /// reading while this is false lets the transport push back on a client that does not
    /// read its replies; it reads again once [`ServerSession::poll_transmit`] drained them.
    pub fn wants_frames(&self) -> bool {
        self.state != State::Closed && self.outbound_bytes < self.config.reply_budget
    }

    /// True when a frame waits for the transport.
    pub fn has_transmit(&self) -> bool {
        !self.outbound.is_empty()
    }

    /// True once the session is closed.
    pub fn is_closed(&self) -> bool {
        self.state == State::Closed
    }

    /// The next frame to hand to the transport. A driver takes a frame only when the transport
    /// accepts it: a reply counts against the call's id and `max_in_flight` until then.
    pub fn poll_transmit(&mut self) -> Option<Bytes> {
        let out = self.outbound.pop_front()?;
        self.outbound_bytes -= out.bytes.len();
        if let Some(id) = out.reply_to {
            self.unsent.remove(&id);
        }
        Some(out.bytes)
    }

    /// The next event.
    pub fn poll_event(&mut self) -> Option<ServerEvent> {
        self.events.pop_front()
    }

    fn push(&mut self, frame: &Frame<'_>) -> Result<(), String> {
        let reply_to = match frame {
            Frame::Reply(r) => Some(r.id),
            _ => None,
        };
        let bytes = frame.encode(&mut self.enc).map_err(|e| e.to_string())?;
        if bytes.len() > self.peer_max_frame as usize {
            return Err(format!(
                "reply of {} bytes exceeds the client's limit of {} bytes",
                bytes.len(),
                self.peer_max_frame
            ));
        }
        self.buf.extend_from_slice(bytes);
        let bytes = self.buf.split().freeze();
        self.outbound_bytes += bytes.len();
        if let Some(id) = reply_to {
            self.unsent.insert(id);
        }
        self.outbound.push_back(Outgoing { bytes, reply_to });
        Ok(())
    }

    fn fail(&mut self, id: u64, code: u32, message: &str) {
        let outcome = Outcome::Err { code, message };
        if let Err(e) = self.push(&Frame::Reply(Reply { id, outcome })) {
            tracing::warn!(id, "cannot send a failure reply: {e}");
        }
    }

    /// Sends `goaway` and closes the session: every call in flight is dropped.
    fn close(&mut self, reason: String) {
        if self.state == State::Closed {
            return;
        }
        let _ = self.push(&Frame::Goaway { reason: &reason });
        self.state = State::Closed;
        self.timers.clear();
        self.argument_bytes = 0;
        let mut ids: Vec<u64> = self.calls.drain().map(|c| c.0).collect();
        ids.sort_unstable();
        self.events.extend(ids.into_iter().map(|id| ServerEvent::Cancel { id }));
        self.events.push_back(ServerEvent::Close { reason });
    }

    /// Removes a running call (answered, cancelled or past its deadline).
    fn finish(&mut self, id: u64) -> Option<Running> {
        let run = self.calls.remove(&id)?;
        self.argument_bytes -= run.frame_len;
        Some(run)
    }

    fn violation(&mut self, what: String) {
        self.events.push_back(ServerEvent::ProtocolViolation { what: what.clone() });
        self.close(goaway::reason(goaway::PROTOCOL_ERROR, what));
    }

    /// Stops accepting calls: sends `goaway` (`shutting-down: reason`), answers new calls
    /// `shutting-down`, and closes once the calls in flight are answered.
    pub fn shutdown(&mut self, reason: &str) {
        if self.state == State::Open {
            let reason = goaway::reason(goaway::SHUTTING_DOWN, reason);
            let _ = self.push(&Frame::Goaway { reason: &reason });
            self.state = State::Draining;
            self.close_if_drained();
        }
    }

    fn close_if_drained(&mut self) {
        if self.state == State::Draining && self.calls.is_empty() {
            self.close(goaway::reason(goaway::DRAINED, "every call answered after goaway"));
        }
    }

    /// The transport is gone: drops every call and closes.
    pub fn connection_lost(&mut self, reason: &str) {
        if self.state != State::Closed {
            self.close(format!("connection lost ({reason})"));
            self.outbound.clear();
            self.outbound_bytes = 0;
            self.unsent.clear();
        }
    }

    /// When [`ServerSession::handle_timeout`] should next be called.
    pub fn poll_timeout(&mut self) -> Option<Instant> {
        if self.state == State::Closed {
            return None;
        }
        let calls = &self.calls;
        let call =
            self.timers.peek(|id, at| calls.get(&id).is_some_and(|c| c.deadline == Some(at)));
        let hs = (!self.hello_seen).then(|| self.started + self.config.handshake_timeout);
        let idle = self.config.idle_timeout.filter(|_| self.calls.is_empty());
        earliest(earliest(call, hs), idle.map(|d| self.last_recv + d))
    }

    /// Handles what is due at `now`: call deadlines, the handshake and idle timeouts.
    pub fn handle_timeout(&mut self, now: Instant) {
        if self.state == State::Closed {
            return;
        }
        while let Some((id, at)) = self.timers.pop_due(now) {
            if self.calls.get(&id).is_some_and(|c| c.deadline == Some(at)) {
                self.finish(id);
                self.fail(id, code::DEADLINE_EXCEEDED, "the deadline passed");
                self.events.push_back(ServerEvent::Cancel { id });
            }
        }
        self.close_if_drained();
        if !self.hello_seen && now >= self.started + self.config.handshake_timeout {
            self.close(goaway::reason(goaway::HANDSHAKE_TIMEOUT, "no hello in time"));
        } else if let Some(idle) = self.config.idle_timeout
            && self.calls.is_empty()
            && now >= self.last_recv + idle
        {
            self.close(goaway::reason(goaway::IDLE_TIMEOUT, "no frame and no call in time"));
        }
    }

    /// Reports the outcome of a dispatched call; ignored when the call was already answered
    /// (cancelled or past its deadline).
    pub fn complete(&mut self, id: u64, result: Result<Bytes, Failure>) {
        let Some(run) = self.finish(id) else { return };
        match result {
            Ok(value) => {
                if let Err(msg) = self.check_result(&run, &value) {
                    self.fail(id, code::BAD_RESULT, &msg);
                } else if let Err(msg) =
                    self.push(&Frame::Reply(Reply { id, outcome: Outcome::Ok(&value) }))
                {
                    self.fail(id, code::TOO_LARGE, &msg);
                }
            }
            Err(f) => self.fail(id, f.code, &f.message),
        }
        self.close_if_drained();
    }

    fn check_result(&self, run: &Running, value: &[u8]) -> Result<(), String> {
        if !self.config.validate_results {
            // The frame encoder copies the value as it is; it must at least be one value.
            let mut dec = neopack::Decoder::new(value, self.config.limits).map_err(err)?;
            dec.skip().map_err(err)?;
            return dec.finish().map_err(err);
        }
        let Some((_, result)) = self.schema.types(run.iface, run.func) else {
            return Err("unknown function".to_owned());
        };
        let ok = match result {
            Some(ty) => neopack::validate(value, ty, self.config.limits).map_err(err),
            None if value == [neopack::tag::UNIT] => Ok(()),
            None => Err("a function without result must return unit".to_owned()),
        };
        ok.map_err(|e| format!("the handler returned an invalid result: {e}"))
    }

    /// Handles one frame from the client.
    pub fn handle_frame(&mut self, now: Instant, bytes: &Bytes) {
        if self.state == State::Closed {
            return;
        }
        self.last_recv = now;
        let frame = match Frame::decode(bytes, self.limits) {
            Ok(f) => f,
            Err(e) => {
                return match frame::peek_id(bytes, self.limits) {
                    Some((frame::kind::CALL, id))
                        if !self.calls.contains_key(&id) && !self.unsent.contains(&id) =>
                    {
                        self.fail(id, code::BAD_ARGUMENTS, &format!("malformed call: {e}"));
                    }
                    _ => self.violation(format!("undecodable frame: {e}")),
                };
            }
        };
        match frame {
            Frame::Hello(h) => self.hello(h),
            Frame::Call(c) => self.call(now, bytes, c),
            Frame::Cancel { id } => {
                if self.finish(id).is_some() {
                    self.fail(id, code::CANCELLED, "cancelled by the client");
                    self.events.push_back(ServerEvent::Cancel { id });
                    self.close_if_drained();
                }
            }
            Frame::Ping { nonce } => {
                let _ = self.push(&Frame::Pong { nonce });
            }
            Frame::Pong { .. } => {}
            // The client takes no new work: its calls are still answered, and so is any call
            // that still arrives (`shutting-down`); the client closes the connection.
            Frame::Goaway { .. } => {
                if self.state == State::Open {
                    self.state = State::ClientLeaving;
                }
            }
            Frame::Welcome(_) | Frame::Reply(_) => {
                self.violation(format!("unexpected frame kind {} from a client", frame.kind()));
            }
        }
    }

    fn hello(&mut self, h: Hello) {
        if h.version < VERSION {
            let why = format!("version {} asked, this server speaks {VERSION}", h.version);
            return self.close(goaway::reason(goaway::UNSUPPORTED_VERSION, why));
        }
        if h.max_frame < MIN_MAX_FRAME {
            let why = format!("max_frame {} is below {MIN_MAX_FRAME}", h.max_frame);
            return self.close(goaway::reason(goaway::MAX_FRAME_TOO_SMALL, why));
        }
        self.hello_seen = true;
        self.peer_max_frame = h.max_frame;
        let mut interfaces = Vec::with_capacity(h.interfaces.len());
        for i in &h.interfaces {
            let (entry, idx) = if self.allowed(&i.name) {
                self.schema.answer(&i.name, &i.functions)
            } else if self.schema.interfaces.iter().any(|x| x.name == i.name) {
                (WelcomeEntry::Forbidden, 0)
            } else {
                (WelcomeEntry::UnknownInterface, 0)
            };
            if let WelcomeEntry::Accepted { funcs, .. } = &entry {
                for &f in funcs {
                    self.accepted[idx][f as usize] = true;
                }
            }
            interfaces.push(entry);
        }
        let welcome = Welcome {
            version: VERSION,
            max_frame: self.config.max_frame,
            max_in_flight: self.config.max_in_flight,
            max_depth: self.limits.max_depth,
            max_items: self.limits.max_items,
            frame_timeout_ms: millis(self.config.frame_timeout),
            idle_timeout_ms: millis(self.config.idle_timeout),
            interfaces,
        };
        if let Err(e) = self.push(&Frame::Welcome(welcome)) {
            self.close(goaway::reason(goaway::PROTOCOL_ERROR, format!("cannot answer hello: {e}")));
        }
    }

    fn call(&mut self, now: Instant, bytes: &Bytes, c: Call<'_>) {
        let (id, iface, func) = (c.id, c.iface as usize, c.func as usize);
        if self.calls.contains_key(&id) || self.unsent.contains(&id) {
            return self.violation(format!("call id {id} is already in flight"));
        }
        if self.state != State::Open {
            self.refused += 1;
            let why = if self.state == State::ClientLeaving {
                "the client sent goaway"
            } else {
                "the server is shutting down"
            };
            return self.fail(id, code::SHUTTING_DOWN, why);
        }
        if !self.accepted.get(iface).and_then(|f| f.get(func)).copied().unwrap_or(false) {
            let msg = format!("no accepted function {func} of interface {iface}");
            return self.fail(id, code::UNKNOWN_TARGET, &msg);
        }
        if self.in_flight() >= self.config.max_in_flight as usize {
            self.refused += 1;
            let msg = format!(
                "{} calls already in flight ({} of them with replies not yet sent)",
                self.in_flight(),
                self.unsent.len()
            );
            return self.fail(id, code::OVERLOADED, &msg);
        }
        if !self.schema.strict.get(iface).copied().unwrap_or(false)
            && let Some((params, _)) = self.schema.types(iface, func)
            && let Err(e) = neopack::validate(c.args, params, self.limits)
        {
            return self.fail(id, code::BAD_ARGUMENTS, &format!("invalid arguments: {e}"));
        }
        let deadline =
            (c.deadline_ms > 0).then(|| now + Duration::from_millis(u64::from(c.deadline_ms)));
        if let Some(at) = deadline {
            self.timers.push(at, id);
        }
        self.argument_bytes += bytes.len();
        self.calls.insert(id, Running { iface, func, deadline, frame_len: bytes.len() });
        let args = bytes.slice_ref(c.args);
        self.events.push_back(ServerEvent::Dispatch { id, iface, func, args, deadline });
    }
}

/// A timeout as announced in `welcome`: whole milliseconds (at least 1, saturating), 0 = none.
fn millis(d: Option<Duration>) -> u32 {
    d.map_or(0, |d| u32::try_from(d.as_millis()).unwrap_or(u32::MAX).max(1))
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}
