//! A whole client core against a succession of servers: connections are opened, refused and
//! lost at chosen instants, and each new server may number or type its functions differently.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use neopack::Limits;
use neopack::schema::{Function, Interface, Type};

use super::{arg_u32, args_u32, echo_iface, read_u32, u32_value};
use crate::rpc::frame::{Frame, HelloInterface, Welcome, WelcomeEntry, kind};
use crate::rpc::session::{
    Backoff, BindRefusal, CallFailure, ClientConfig, ClientCore, ClientCoreEvent, ServerConfig,
    ServerEvent, ServerSchema, ServerSession, Started,
};

/// `echo_iface` with its functions in the other order: the server's indexes differ.
fn reversed_echo() -> Interface {
    let mut i = echo_iface(Type::U32);
    i.functions.reverse();
    i
}

fn kind_of(frame: &Bytes) -> u8 {
    Frame::decode(frame, Limits::default()).unwrap().kind()
}

/// A call dispatched by a server: which function, and its argument.
#[derive(Debug, PartialEq, Eq)]
struct Work {
    func: usize,
    x: u32,
}

struct CoreSim {
    now: Instant,
    client: ClientCore<u32>,
    /// The server of the current connection, while there is one.
    server: Option<ServerSession>,
    to_server: VecDeque<Bytes>,
    to_client: VecDeque<Bytes>,
    /// Work dispatched by the current server: id → what.
    work: HashMap<u64, Work>,
    done: HashMap<u32, Result<Bytes, CallFailure>>,
    bound: Vec<(usize, Result<(), BindRefusal>)>,
    rebind_refused: Vec<(usize, String)>,
    /// `Connect` events not yet acted on.
    connects: usize,
    disconnects: Vec<String>,
    closed: Option<String>,
    violations: Vec<String>,
    /// Frames by kind that reached a server / the client, over every connection.
    hellos: usize,
    welcomes: usize,
}

fn config() -> ClientConfig {
    let mut reconnect = Backoff::new(Duration::from_millis(10), Duration::from_millis(40));
    reconnect.jitter = 0.0;
    ClientConfig { keepalive: None, reconnect, ..ClientConfig::default() }
}

impl CoreSim {
    fn new(client: ClientCore<u32>) -> Self {
        Self {
            now: Instant::now(),
            client,
            server: None,
            to_server: VecDeque::new(),
            to_client: VecDeque::new(),
            work: HashMap::new(),
            done: HashMap::new(),
            bound: Vec::new(),
            rebind_refused: Vec::new(),
            connects: 0,
            disconnects: Vec::new(),
            closed: None,
            violations: Vec::new(),
            hellos: 0,
            welcomes: 0,
        }
    }

    /// A reconnecting core connected to a server exporting `ifaces`.
    fn connected(ifaces: Vec<Interface>) -> Self {
        let mut s = Self::new(ClientCore::reconnecting(config(), 7));
        s.open(ifaces);
        s
    }

    /// A transport connection to a new server exporting `ifaces` opens.
    fn open(&mut self, ifaces: Vec<Interface>) {
        let schema = Arc::new(ServerSchema::new(ifaces));
        self.server = Some(ServerSession::new(schema, ServerConfig::default(), self.now));
        self.connects = self.connects.saturating_sub(1);
        self.client.connection_opened(self.now);
        self.run();
    }

    /// The transport connection drops: what was in transit is gone, the server forgets.
    fn lose(&mut self, reason: &str) {
        self.server = None;
        self.to_server.clear();
        self.to_client.clear();
        self.work.clear();
        self.client.connection_lost(reason);
        self.run();
    }

    /// Moves every frame across and handles every event until both sides are quiet.
    fn run(&mut self) {
        loop {
            let mut moved = false;
            while let Some(b) = self.client.poll_transmit() {
                moved = true;
                if self.server.is_some() {
                    self.hellos += usize::from(kind_of(&b) == kind::HELLO);
                    self.to_server.push_back(b);
                }
            }
            if let Some(server) = &mut self.server {
                while let Some(b) = self.to_server.pop_front() {
                    moved = true;
                    server.handle_frame(self.now, &b);
                }
                while let Some(ev) = server.poll_event() {
                    if let ServerEvent::Dispatch { id, func, args, .. } = ev {
                        self.work.insert(id, Work { func, x: arg_u32(&args) });
                    }
                }
                while let Some(b) = server.poll_transmit() {
                    moved = true;
                    self.to_client.push_back(b);
                }
            }
            while let Some(b) = self.to_client.pop_front() {
                moved = true;
                self.welcomes += usize::from(kind_of(&b) == kind::WELCOME);
                self.client.handle_frame(self.now, &b);
            }
            self.events();
            if !moved {
                return;
            }
        }
    }

    fn events(&mut self) {
        while let Some(ev) = self.client.poll_event() {
            match ev {
                ClientCoreEvent::Connect => self.connects += 1,
                ClientCoreEvent::Disconnect { reason } => self.disconnects.push(reason),
                ClientCoreEvent::Completed { payload, result, .. } => {
                    assert!(self.done.insert(payload, result).is_none(), "completed twice");
                }
                ClientCoreEvent::Bound { binding, result } => self.bound.push((binding, result)),
                ClientCoreEvent::RebindRefused { binding, reason } => {
                    self.rebind_refused.push((binding, reason));
                }
                ClientCoreEvent::ProtocolViolation { what } => self.violations.push(what),
                ClientCoreEvent::GoAway { .. } => {}
                ClientCoreEvent::Closed { reason } => self.closed = Some(reason),
            }
        }
    }

    fn advance(&mut self, d: Duration) {
        self.now += d;
        self.client.handle_timeout(self.now);
        if let Some(server) = &mut self.server {
            server.handle_timeout(self.now);
        }
        self.run();
    }

    fn bind(&mut self, iface: &Interface) -> usize {
        let b = self.client.bind(self.now, HelloInterface::of(iface)).unwrap();
        self.run();
        b
    }

    fn call(&mut self, payload: u32, binding: usize, func: usize, x: u32) -> Started {
        self.call_within(payload, binding, func, x, None)
    }

    fn call_within(
        &mut self,
        payload: u32,
        binding: usize,
        func: usize,
        x: u32,
        timeout: Option<Duration>,
    ) -> Started {
        let started = self.client.call(self.now, binding, func, &args_u32(x), timeout, payload);
        started.map_err(|e| e.0).unwrap().1
    }

    /// Answers every dispatched call as an echo server would (twice the argument).
    fn complete_all(&mut self) {
        self.run();
        let mut ids: Vec<u64> = self.work.keys().copied().collect();
        ids.sort_unstable();
        for id in ids {
            let w = self.work.remove(&id).unwrap();
            self.server.as_mut().unwrap().complete(id, Ok(u32_value(w.x * 2)));
        }
        self.run();
    }

    fn result(&self, payload: u32) -> u32 {
        read_u32(self.done[&payload].as_ref().unwrap())
    }
}

const ECHO: usize = 0;

#[test]
fn reconnect_after_a_loss_reruns_the_handshake_and_calls_follow_the_new_indexes() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    assert_eq!(s.bound, vec![(b, Ok(()))]);
    s.call(1, b, ECHO, 21);
    s.run();
    assert_eq!(s.work.values().collect::<Vec<_>>(), [&Work { func: 0, x: 21 }]);
    s.complete_all();
    assert_eq!(s.result(1), 42);

    s.lose("reset");
    assert_eq!(s.connects, 1, "a reconnecting core asks for a connection at once");
    assert!(!s.client.is_connected() && !s.client.is_closed());
    // The new server numbers echo 1: the binding's table follows it.
    s.open(vec![reversed_echo()]);
    assert_eq!(s.client.generation(), 2);
    assert_eq!(s.hellos, 2, "one hello per connection for the one binding");
    s.call(2, b, ECHO, 5);
    s.run();
    assert_eq!(s.work.values().collect::<Vec<_>>(), [&Work { func: 1, x: 5 }]);
    s.complete_all();
    assert_eq!(s.result(2), 10);
    assert_eq!(s.bound.len(), 1, "a re-handshake answers no bind");
    assert!(s.rebind_refused.is_empty() && s.violations.is_empty());
}

#[test]
fn calls_made_while_disconnected_wait_and_are_sent_in_order_once_rebound() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.lose("reset");
    for i in 0..5 {
        assert_eq!(s.call(i, b, ECHO, i), Started::Queued);
    }
    assert_eq!(s.client.queued(), 5);
    assert!(s.client.poll_transmit().is_none(), "nothing goes out without a connection");
    s.advance(Duration::from_secs(1));
    assert!(s.done.is_empty(), "calls without deadline wait");
    s.open(vec![echo_iface(Type::U32)]);
    assert_eq!(s.client.queued(), 0);
    let mut ids: Vec<(u64, u32)> = s.work.iter().map(|(id, w)| (*id, w.x)).collect();
    ids.sort_unstable();
    let args: Vec<u32> = ids.iter().map(|x| x.1).collect();
    assert_eq!(args, [0, 1, 2, 3, 4], "sent in the order they were made");
    s.complete_all();
    for i in 0..5 {
        assert_eq!(s.result(i), 2 * i);
    }
}

#[test]
fn queued_calls_fail_at_their_deadline_while_disconnected() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.lose("reset");
    s.client.connect_failed(s.now, "refused");
    s.connects = 0;
    s.call_within(1, b, ECHO, 1, Some(Duration::from_millis(5)));
    s.call_within(2, b, ECHO, 2, Some(Duration::from_millis(500)));
    assert_eq!(s.client.poll_timeout(), Some(s.now + Duration::from_millis(5)));
    s.advance(Duration::from_millis(4));
    assert!(s.done.is_empty());
    s.advance(Duration::from_millis(1));
    assert_eq!(s.done[&1], Err(CallFailure::DeadlineExceeded));
    assert_eq!(s.client.queued(), 1);
    // The backoff (10 ms after the first failure) asks for the next attempt.
    assert_eq!(s.client.poll_timeout(), Some(s.now + Duration::from_millis(5)));
    s.advance(Duration::from_millis(5));
    assert_eq!(s.connects, 1);
    s.open(vec![echo_iface(Type::U32)]);
    s.complete_all();
    assert_eq!(s.result(2), 4, "the call with time left is sent");
}

#[test]
fn a_call_lost_after_being_handed_out_may_have_executed_one_never_handed_out_was_not_sent() {
    // Without reconnection both fail, classified.
    let mut s = CoreSim::new(ClientCore::new(config()));
    s.open(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.call(1, b, ECHO, 1);
    s.run();
    assert_eq!(s.call(2, b, ECHO, 2), Started::Sent, "encoded, not yet handed to the transport");
    s.lose("reset");
    let lost =
        |may| Err(CallFailure::ConnectionLost { may_have_executed: may, reason: "reset".into() });
    assert_eq!(s.done[&1], lost(true));
    assert_eq!(s.done[&2], lost(false));
    assert_eq!(s.closed.as_deref(), Some("reset"));
    assert_eq!(s.connects, 0, "a core without reconnection never asks to connect");

    // With reconnection the one never handed out is sent again, and runs exactly once.
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.call(1, b, ECHO, 1);
    s.run();
    s.call(2, b, ECHO, 2);
    s.lose("reset");
    assert_eq!(s.done[&1], lost(true));
    assert!(!s.done.contains_key(&2));
    assert_eq!(s.client.queued(), 1);
    s.open(vec![echo_iface(Type::U32)]);
    assert_eq!(s.work.values().collect::<Vec<_>>(), [&Work { func: 0, x: 2 }]);
    s.complete_all();
    assert_eq!(s.result(2), 4);
}

#[test]
fn a_binding_refused_on_the_new_connection_fails_its_queued_calls_with_the_reason() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.lose("reset");
    s.call(1, b, ECHO, 1);
    s.call(2, b, 1, 0);
    // The new server's echo takes a u64: the schema changed.
    s.open(vec![echo_iface(Type::U64)]);
    let reason = "after reconnecting: function `echo` now differs on the server";
    assert_eq!(s.rebind_refused, vec![(b, reason.to_owned())]);
    for p in [1, 2] {
        assert_eq!(s.done[&p], Err(CallFailure::Rejected { reason: reason.into() }), "call {p}");
    }
    assert!(s.work.is_empty(), "nothing was sent");
    let refused = s.client.call(s.now, b, ECHO, &args_u32(3), None, 3);
    assert!(matches!(refused, Err((CallFailure::Rejected { reason: r }, 3)) if r == reason));
    // A later server with the old schema accepts the binding again.
    s.lose("reset");
    s.open(vec![echo_iface(Type::U32)]);
    s.call(4, b, ECHO, 4);
    s.complete_all();
    assert_eq!(s.result(4), 8);
}

#[test]
fn the_welcome_is_read_once_and_a_second_one_changes_nothing() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    assert_eq!((s.hellos, s.welcomes), (1, 1));
    assert_eq!(s.bound, vec![(b, Ok(()))]);
    // A second welcome that would renumber the binding: no hello is pending, so it is a
    // protocol violation and the table stays as the first welcome set it.
    let welcome = Welcome {
        version: crate::rpc::frame::VERSION,
        max_frame: 1 << 20,
        max_in_flight: 8,
        max_depth: 64,
        max_items: 1 << 16,
        frame_timeout_ms: 0,
        idle_timeout_ms: 0,
        interfaces: vec![WelcomeEntry::Accepted { iface: 9, funcs: vec![7, 8] }],
    };
    let bytes = Bytes::from(Frame::Welcome(welcome).to_vec().unwrap());
    s.client.handle_frame(s.now, &bytes);
    s.events();
    assert_eq!(s.violations.len(), 1, "{:?}", s.violations);
    assert_eq!(s.bound.len(), 1, "answered once");
    s.call(1, b, ECHO, 3);
    s.run();
    assert_eq!(s.work.values().collect::<Vec<_>>(), [&Work { func: 0, x: 3 }]);
}

#[test]
fn reconnecting_backs_off_and_gives_up_failing_queued_calls_as_not_executed() {
    let mut limited = config();
    limited.reconnect.max_attempts = Some(3);
    let mut s = CoreSim::new(ClientCore::reconnecting(limited, 7));
    s.open(vec![echo_iface(Type::U32)]);
    let b2 = s.bind(&echo_iface(Type::U32));
    s.lose("reset");
    s.call(1, b2, ECHO, 1);
    // Attempt 1 (at once) fails: the next after 10 ms; attempt 2 fails: after 20 ms.
    for (n, wait) in [(1, 10), (2, 20)] {
        assert_eq!(s.connects, 1, "attempt {n}");
        s.connects = 0;
        s.client.connect_failed(s.now, "refused");
        assert_eq!(s.client.poll_timeout(), Some(s.now + Duration::from_millis(wait)));
        s.advance(Duration::from_millis(wait - 1));
        assert_eq!(s.connects, 0);
        s.advance(Duration::from_millis(1));
    }
    s.client.connect_failed(s.now, "refused");
    s.events();
    let reason = "gave up reconnecting after 3 attempts: refused";
    assert_eq!(s.closed.as_deref(), Some(reason));
    let lost = CallFailure::ConnectionLost { may_have_executed: false, reason: reason.into() };
    assert_eq!(s.done[&1], Err(lost));
    assert_eq!(s.client.poll_timeout(), None);
    let refused = s.client.call(s.now, b2, ECHO, &args_u32(2), None, 2);
    assert!(matches!(refused, Err((CallFailure::Rejected { .. }, 2))));
}

#[test]
fn a_bind_while_disconnected_waits_for_the_connection_at_most_the_handshake_timeout() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    s.lose("reset");
    let b = s.bind(&echo_iface(Type::U32));
    assert!(s.bound.is_empty());
    s.advance(Duration::from_secs(1));
    s.open(vec![echo_iface(Type::U32)]);
    assert_eq!(s.bound, vec![(b, Ok(()))], "its hello went out on the new connection");

    s.lose("reset");
    let late = s.bind(&echo_iface(Type::U32));
    s.advance(ClientConfig::default().handshake_timeout);
    let why = "not connected before the handshake timeout".to_owned();
    assert_eq!(s.bound[1], (late, Err(BindRefusal::Handshake(why))));
    s.open(vec![echo_iface(Type::U32)]);
    assert_eq!(s.hellos, 2, "the released binding is not re-handshaken");
}

#[test]
fn an_unanswered_ping_ends_the_connection_and_unsent_calls_wait_for_the_next() {
    let mut keepalive = config();
    keepalive.keepalive = Some(Duration::from_secs(1));
    let mut s = CoreSim::new(ClientCore::reconnecting(keepalive, 7));
    s.open(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.call(1, b, ECHO, 1);
    s.run();
    // The server goes silent: frames to it vanish.
    let silent = s.server.take();
    s.advance(Duration::from_secs(1)); // ping, unanswered
    s.call(2, b, ECHO, 2); // encoded, never handed out
    s.advance(Duration::from_secs(1));
    assert_eq!(s.disconnects, vec!["the server did not answer a ping".to_owned()]);
    assert!(matches!(s.done[&1], Err(CallFailure::ConnectionLost { may_have_executed: true, .. })));
    assert!(!s.done.contains_key(&2));
    assert_eq!(s.connects, 1);
    drop(silent);
    s.open(vec![echo_iface(Type::U32)]);
    s.complete_all();
    assert_eq!(s.result(2), 4);
}

#[test]
fn releasing_a_binding_fails_its_queued_calls_and_stops_its_handshakes() {
    let other = Interface::new(
        "neorun:test/other@0.1.0",
        vec![Function::new("echo", [("x", Type::U32)], Some(Type::U32))],
    );
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32), other.clone()]);
    let a = s.bind(&echo_iface(Type::U32));
    let o = s.bind(&other);
    s.lose("reset");
    s.call(1, a, ECHO, 1);
    s.call(2, o, 0, 2);
    s.client.release(a);
    s.events();
    let released = Err(CallFailure::Rejected { reason: "the binding was released".into() });
    assert_eq!(s.done[&1], released);
    s.open(vec![echo_iface(Type::U32), other]);
    assert_eq!(s.hellos, 3, "two at first, then only the live binding's");
    s.complete_all();
    assert_eq!(s.result(2), 4);
}

#[test]
fn after_a_goaway_new_calls_wait_for_the_next_connection_or_are_refused_without_one() {
    let mut s = CoreSim::connected(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.call(1, b, ECHO, 1);
    s.run();
    s.server.as_mut().unwrap().shutdown("maintenance");
    s.run();
    assert_eq!(s.call(2, b, ECHO, 2), Started::Queued, "not sent to a server going away");
    s.complete_all();
    assert_eq!(s.result(1), 2, "the call in flight completes");
    assert_eq!(s.work.len(), 0);
    s.lose("closed by the server");
    s.open(vec![echo_iface(Type::U32)]);
    s.complete_all();
    assert_eq!(s.result(2), 4);

    let mut s = CoreSim::new(ClientCore::new(config()));
    s.open(vec![echo_iface(Type::U32)]);
    let b = s.bind(&echo_iface(Type::U32));
    s.server.as_mut().unwrap().shutdown("maintenance");
    s.run();
    let refused = s.client.call(s.now, b, ECHO, &args_u32(1), None, 1);
    let going = CallFailure::Rejected { reason: "the server is going away".into() };
    assert!(matches!(refused, Err((f, 1)) if f == going));
}
