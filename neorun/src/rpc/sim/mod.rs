//! A deterministic two-peer simulator: a client and a server session wired through in-memory
//! queues with controllable delivery, loss, completion order and time. The `reconnect` module
//! drives a whole client core through connection losses and new servers.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use neopack::schema::{Function, Interface, Type};
use neopack::{Decoder, Encoder, Limits};

mod reconnect;

use super::frame::{Frame, HelloInterface, WelcomeEntry, code, goaway};
use super::session::{
    CallFailure, ClientConfig, ClientEvent, ClientSession, Failure, ServerConfig, ServerEvent,
    ServerSchema, ServerSession,
};

fn echo_iface(param: Type) -> Interface {
    Interface::new(
        "neorun:test/echo@0.1.0",
        vec![
            Function::new("echo", [("x", param)], Some(Type::U32)),
            Function::new::<&str>("noop", [], None),
        ],
    )
}

fn args_u32(x: u32) -> Vec<u8> {
    let mut enc = Encoder::new();
    enc.begin_record(1).unwrap();
    enc.u32(x).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

fn u32_value(x: u32) -> Bytes {
    let mut enc = Encoder::new();
    enc.u32(x).unwrap();
    Bytes::copy_from_slice(enc.finish().unwrap())
}

fn read_u32(b: &[u8]) -> u32 {
    let mut d = Decoder::new(b, Limits::default()).unwrap();
    d.u32().unwrap()
}

/// Arguments RECORD → its single u32 field.
fn arg_u32(b: &[u8]) -> u32 {
    let mut d = Decoder::new(b, Limits::default()).unwrap();
    d.begin_record().unwrap();
    d.u32().unwrap()
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

struct Sim {
    now: Instant,
    client: ClientSession<u32>,
    server: ServerSession,
    to_server: VecDeque<Bytes>,
    to_client: VecDeque<Bytes>,
    /// Dispatched work not yet completed: id → args.
    work: HashMap<u64, Bytes>,
    cancelled_work: Vec<u64>,
    done: HashMap<u32, Result<Bytes, CallFailure>>,
    welcomes: Vec<(u64, Vec<WelcomeEntry>)>,
    client_violations: Vec<String>,
    server_closed: Option<String>,
    goaways: Vec<String>,
    /// Drop every frame to the server while set.
    lose_to_server: bool,
}

impl Sim {
    fn new(server_ifaces: Vec<Interface>, server_config: ServerConfig) -> Self {
        let now = Instant::now();
        let config = ClientConfig { keepalive: None, ..ClientConfig::default() };
        Self {
            now,
            client: ClientSession::new(config, now),
            server: ServerSession::new(
                Arc::new(ServerSchema::new(server_ifaces)),
                server_config,
                now,
            ),
            to_server: VecDeque::new(),
            to_client: VecDeque::new(),
            work: HashMap::new(),
            cancelled_work: Vec::new(),
            done: HashMap::new(),
            welcomes: Vec::new(),
            client_violations: Vec::new(),
            server_closed: None,
            goaways: Vec::new(),
            lose_to_server: false,
        }
    }

    /// Moves every frame across and handles every event until both sides are quiet.
    fn run(&mut self) {
        loop {
            let mut moved = false;
            while let Some(b) = self.client.poll_transmit() {
                moved = true;
                if !self.lose_to_server {
                    self.to_server.push_back(b);
                }
            }
            while let Some(b) = self.to_server.pop_front() {
                moved = true;
                self.server.handle_frame(self.now, &b);
            }
            self.server_events();
            while let Some(b) = self.server.poll_transmit() {
                moved = true;
                self.to_client.push_back(b);
            }
            while let Some(b) = self.to_client.pop_front() {
                moved = true;
                self.client.handle_frame(self.now, &b);
            }
            self.client_events();
            if !moved {
                return;
            }
        }
    }

    fn server_events(&mut self) {
        while let Some(ev) = self.server.poll_event() {
            match ev {
                ServerEvent::Dispatch { id, args, .. } => {
                    self.work.insert(id, args);
                }
                ServerEvent::Cancel { id } => {
                    self.work.remove(&id);
                    self.cancelled_work.push(id);
                }
                ServerEvent::Close { reason } => self.server_closed = Some(reason),
                _ => {}
            }
        }
    }

    fn client_events(&mut self) {
        while let Some(ev) = self.client.poll_event() {
            match ev {
                ClientEvent::Completed { payload, result, .. } => {
                    assert!(self.done.insert(payload, result).is_none(), "completed twice");
                }
                ClientEvent::Welcome { token, welcome } => {
                    self.welcomes.push((token, welcome.interfaces));
                }
                ClientEvent::ProtocolViolation { what } => self.client_violations.push(what),
                ClientEvent::GoAway { reason } => self.goaways.push(reason),
                _ => {}
            }
        }
    }

    fn advance(&mut self, d: Duration) {
        self.now += d;
        self.client.handle_timeout(self.now);
        self.server.handle_timeout(self.now);
        self.run();
    }

    /// Completes pending work as an echo server would, in an order chosen by `rng`.
    fn complete_shuffled(&mut self, rng: &mut Rng) {
        let mut ids: Vec<u64> = self.work.keys().copied().collect();
        ids.sort_unstable();
        while !ids.is_empty() {
            let id = ids.swap_remove(rng.below(ids.len()));
            let args = self.work.remove(&id).unwrap();
            self.server.complete(id, Ok(u32_value(arg_u32(&args) * 2)));
        }
        self.run();
    }

    fn bind(&mut self, iface: &Interface) -> Vec<WelcomeEntry> {
        self.client.hello(self.now, vec![HelloInterface::of(iface)]).unwrap();
        self.run();
        self.welcomes.pop().unwrap().1
    }

    fn call(&mut self, payload: u32, x: u32, timeout: Option<Duration>) -> u64 {
        self.client.call(self.now, 0, 0, &args_u32(x), timeout, payload).map_err(|e| e.0).unwrap()
    }
}

fn sim() -> Sim {
    let mut s = Sim::new(vec![echo_iface(Type::U32)], ServerConfig::default());
    let w = s.bind(&echo_iface(Type::U32));
    assert_eq!(w, vec![WelcomeEntry::Accepted { iface: 0, funcs: vec![0, 1] }]);
    s
}

#[test]
fn handshake_accepts_a_subset_of_functions_and_maps_indexes() {
    let mut s = Sim::new(vec![echo_iface(Type::U32)], ServerConfig::default());
    let mut only_noop = echo_iface(Type::U32);
    only_noop.functions.remove(0);
    assert_eq!(s.bind(&only_noop), vec![WelcomeEntry::Accepted { iface: 0, funcs: vec![1] }]);
    // echo was not accepted on this connection: calling it is an unknown target.
    s.call(7, 1, None);
    s.run();
    let Err(CallFailure::Remote(f)) = &s.done[&7] else { panic!("{:?}", s.done[&7]) };
    assert_eq!(f.code, code::UNKNOWN_TARGET);
}

#[test]
fn handshake_mismatch_names_the_function_and_carries_the_server_signature() {
    let mut s = Sim::new(vec![echo_iface(Type::U64)], ServerConfig::default());
    let ours = echo_iface(Type::U32);
    let w = s.bind(&ours);
    let [WelcomeEntry::Mismatch { function, server: Some(theirs) }] = &w[..] else {
        panic!("{w:?}")
    };
    assert_eq!(function, "echo");
    let diff = ours.functions[0].first_difference(theirs).unwrap();
    assert_eq!(diff, "parameter `x`: expected `u32`, found `u64`");
}

#[test]
fn handshake_reports_unknown_interface_and_missing_function() {
    let mut s = Sim::new(vec![echo_iface(Type::U32)], ServerConfig::default());
    let other = Interface::new("neorun:test/other", vec![]);
    assert_eq!(s.bind(&other), vec![WelcomeEntry::UnknownInterface]);
    let mut extra = echo_iface(Type::U32);
    extra.functions.push(Function::new::<&str>("gone", [], None));
    let w = s.bind(&extra);
    assert_eq!(w, vec![WelcomeEntry::Mismatch { function: "gone".into(), server: None }]);
}

#[test]
fn a_thousand_calls_answered_in_shuffled_order_match_their_ids() {
    let mut s = sim();
    for i in 0..1000 {
        s.call(i, i, None);
    }
    s.run();
    assert_eq!(s.work.len(), 1000);
    s.complete_shuffled(&mut Rng(0x9e37_79b9_7f4a_7c15));
    assert_eq!(s.done.len(), 1000);
    for i in 0..1000 {
        assert_eq!(read_u32(s.done[&i].as_ref().unwrap()), i * 2, "call {i}");
    }
    assert_eq!(s.client.in_flight(), 0);
    assert!(s.client_violations.is_empty());
}

#[test]
fn deadline_fails_the_call_and_the_server_drops_the_work() {
    let mut s = sim();
    s.call(1, 5, Some(Duration::from_millis(100)));
    s.run();
    assert_eq!(s.work.len(), 1);
    s.advance(Duration::from_millis(99));
    assert!(s.done.is_empty());
    s.advance(Duration::from_millis(1));
    assert_eq!(s.done[&1], Err(CallFailure::DeadlineExceeded));
    // The server's clock started at receipt; at its own deadline it drops the work and its
    // deadline-exceeded reply is absorbed by the client without a violation.
    assert!(s.work.is_empty(), "same instant here: no network delay");
    assert!(s.client_violations.is_empty(), "{:?}", s.client_violations);
}

#[test]
fn cancel_reaches_the_server_which_drops_the_work() {
    let mut s = sim();
    let id = s.call(1, 5, None);
    s.run();
    assert!(s.work.contains_key(&id));
    assert_eq!(s.client.cancel(id), Some(1));
    s.run();
    assert!(s.work.is_empty());
    assert_eq!(s.cancelled_work, vec![id]);
    assert!(s.done.is_empty(), "a cancelled call reports nothing");
    assert!(s.client_violations.is_empty(), "the cancelled reply is expected");
    // A late completion of cancelled work is ignored.
    s.server.complete(id, Ok(u32_value(1)));
    s.run();
    assert!(s.client_violations.is_empty());
}

#[test]
fn a_call_cancelled_before_it_left_is_never_sent() {
    let mut s = sim();
    let id = s.call(1, 5, None);
    s.client.cancel(id);
    s.run();
    assert!(s.work.is_empty() && s.cancelled_work.is_empty());
}

#[test]
fn reply_for_an_unknown_id_is_a_protocol_event_and_other_calls_go_on() {
    let mut s = sim();
    s.call(1, 5, None);
    s.run();
    let bogus = Frame::Reply(super::frame::Reply {
        id: 999,
        outcome: super::frame::Outcome::Ok(&[neopack::tag::UNIT]),
    });
    s.client.handle_frame(s.now, &Bytes::from(bogus.to_vec().unwrap()));
    s.client_events();
    assert_eq!(s.client_violations.len(), 1);
    assert!(s.client_violations[0].contains("999"));
    s.complete_shuffled(&mut Rng(1));
    assert_eq!(read_u32(s.done[&1].as_ref().unwrap()), 10);
}

#[test]
fn malformed_reply_fails_exactly_that_call() {
    let mut s = sim();
    let a = s.call(1, 5, None);
    s.call(2, 6, None);
    s.run();
    let mut enc = Encoder::new();
    let good = Frame::Reply(super::frame::Reply {
        id: a,
        outcome: super::frame::Outcome::Ok(&[neopack::tag::UNIT]),
    });
    let mut bytes = good.encode(&mut enc).unwrap().to_vec();
    *bytes.last_mut().unwrap() = 0xEE; // an unknown tag where the result value is
    s.client.handle_frame(s.now, &Bytes::from(bytes));
    s.client_events();
    assert!(matches!(s.done[&1], Err(CallFailure::Malformed { .. })), "{:?}", s.done[&1]);
    assert!(!s.done.contains_key(&2));
}

#[test]
fn connection_loss_says_whether_each_call_may_have_executed() {
    let mut s = sim();
    s.call(1, 5, None);
    s.run();
    s.call(2, 6, None); // queued, never handed to the transport
    s.client.connection_lost("reset");
    s.client_events();
    let lost =
        |may| Err(CallFailure::ConnectionLost { may_have_executed: may, reason: "reset".into() });
    assert_eq!(s.done[&1], lost(true));
    assert_eq!(s.done[&2], lost(false));
    let refused = s.client.call(s.now, 0, 0, &args_u32(1), None, 3);
    assert!(matches!(refused, Err((CallFailure::Rejected { .. }, 3))));
}

#[test]
fn excess_calls_are_answered_overloaded() {
    let config = ServerConfig { max_in_flight: 2, ..ServerConfig::default() };
    let mut s = Sim::new(vec![echo_iface(Type::U32)], config);
    s.bind(&echo_iface(Type::U32));
    for i in 0..3 {
        s.call(i, i, None);
    }
    s.run();
    let Err(CallFailure::Remote(f)) = &s.done[&2] else { panic!("{:?}", s.done.get(&2)) };
    assert_eq!(f.code, code::OVERLOADED);
    s.complete_shuffled(&mut Rng(3));
    assert_eq!(read_u32(s.done[&1].as_ref().unwrap()), 2);
}

#[test]
fn bad_arguments_are_rejected_before_dispatch() {
    let mut s = sim();
    s.client.call(s.now, 0, 0, &u32_value(1), None, 1).map_err(|e| e.0).unwrap();
    s.run();
    assert!(s.work.is_empty());
    let Err(CallFailure::Remote(f)) = &s.done[&1] else { panic!() };
    assert_eq!(f.code, code::BAD_ARGUMENTS);
}

#[test]
fn arguments_of_a_strictly_decoding_service_are_left_to_its_decoder() {
    let mut s = Sim::new(vec![echo_iface(Type::U32)], ServerConfig::default());
    let schema = ServerSchema::new(vec![echo_iface(Type::U32)]).with_strict_decoders(|i| i == 0);
    s.server = ServerSession::new(Arc::new(schema), ServerConfig::default(), s.now);
    s.bind(&echo_iface(Type::U32));
    s.client.call(s.now, 0, 0, &u32_value(1), None, 1).map_err(|e| e.0).unwrap();
    s.run();
    assert_eq!(s.work.len(), 1, "dispatched unchecked: the service's decoder answers");
    assert!(s.done.is_empty());
}

#[test]
fn handler_result_of_the_wrong_type_is_answered_bad_result() {
    let mut s = sim();
    let id = s.call(1, 5, None);
    s.run();
    s.server.complete(id, Ok(Bytes::from_static(&[neopack::tag::TRUE])));
    s.run();
    let Err(CallFailure::Remote(f)) = &s.done[&1] else { panic!() };
    assert_eq!(f.code, code::BAD_RESULT);
    let id = s.call(2, 5, None);
    s.run();
    s.server.complete(id, Err(Failure::new(1234, "no")));
    s.run();
    assert_eq!(s.done[&2], Err(CallFailure::Remote(Failure::new(1234, "no"))));
}

#[test]
fn keepalive_pings_and_a_silent_server_loses_the_connection() {
    let mut s = sim();
    let config = ClientConfig { keepalive: Some(Duration::from_secs(1)), ..Default::default() };
    s.client = ClientSession::new(config, s.now);
    s.bind(&echo_iface(Type::U32));
    s.advance(Duration::from_secs(1)); // ping → pong: still alive
    s.advance(Duration::from_millis(1500));
    assert!(!s.client.is_closed());
    s.call(1, 5, None);
    s.lose_to_server = true;
    s.advance(Duration::from_secs(1)); // ping lost
    assert!(!s.client.is_closed());
    s.advance(Duration::from_secs(1));
    assert!(s.client.is_closed());
    assert!(matches!(s.done[&1], Err(CallFailure::ConnectionLost { may_have_executed: true, .. })));
}

#[test]
fn goaway_refuses_new_calls_and_finishes_calls_in_flight() {
    let mut s = sim();
    s.call(1, 5, None);
    s.run();
    s.server.shutdown("maintenance");
    s.run();
    assert_eq!(s.goaways, vec!["shutting-down: maintenance".to_owned()]);
    assert!(s.client.call(s.now, 0, 0, &args_u32(1), None, 2).is_err());
    assert!(s.server_closed.is_none());
    s.complete_shuffled(&mut Rng(5));
    assert_eq!(read_u32(s.done[&1].as_ref().unwrap()), 10);
    assert!(s.server_closed.is_some(), "drained server closes");
}

#[test]
fn server_times_out_a_silent_client_and_an_idle_one() {
    let config = ServerConfig {
        handshake_timeout: Duration::from_secs(1),
        idle_timeout: Some(Duration::from_secs(5)),
        ..ServerConfig::default()
    };
    let mut s = Sim::new(vec![echo_iface(Type::U32)], config.clone());
    s.advance(Duration::from_secs(1));
    assert_eq!(s.server_closed.as_deref().map(goaway::token), Some(goaway::HANDSHAKE_TIMEOUT));
    let mut s = Sim::new(vec![echo_iface(Type::U32)], config);
    s.bind(&echo_iface(Type::U32));
    s.call(1, 1, None);
    s.run();
    s.advance(Duration::from_secs(10));
    assert!(s.server_closed.is_none(), "a call in flight is not idle");
    s.complete_shuffled(&mut Rng(9));
    s.advance(Duration::from_secs(5));
    assert_eq!(s.server_closed.as_deref().map(goaway::token), Some(goaway::IDLE_TIMEOUT));
}

#[test]
fn a_garbage_frame_closes_the_server_side_of_that_connection() {
    let mut s = sim();
    s.server.handle_frame(s.now, &Bytes::from_static(&[0xFF, 0, 1]));
    s.server_events();
    assert_eq!(s.server_closed.as_deref().map(goaway::token), Some(goaway::PROTOCOL_ERROR));
}

/// Moves frames like [`Sim::run`], except that the server's frames stay unsent (a client that
/// does not read): the server is handed client frames only while it wants them.
fn run_unread(s: &mut Sim) {
    while let Some(b) = s.client.poll_transmit() {
        s.to_server.push_back(b);
    }
    while s.server.wants_frames()
        && let Some(b) = s.to_server.pop_front()
    {
        s.server.handle_frame(s.now, &b);
        s.server_events();
    }
}

#[test]
fn unsent_replies_count_in_flight_until_taken_and_stop_the_reading_at_the_budget() {
    let config = ServerConfig { reply_budget: 64, max_in_flight: 4, ..ServerConfig::default() };
    let mut s = Sim::new(vec![echo_iface(Type::U32)], config);
    s.bind(&echo_iface(Type::U32));
    for i in 0..10 {
        s.call(i, i, None);
    }
    run_unread(&mut s);
    // Four run; the next are answered overloaded until those replies pass the budget, and
    // the session takes no more frames: the rest wait in the transport.
    assert_eq!(s.work.len(), 4);
    assert!(!s.server.wants_frames() && s.server.queued_bytes() >= 64);
    assert!(!s.to_server.is_empty(), "every call was read");
    let before = s.server.in_flight();
    assert!(before > 4, "overloaded replies not yet sent count too");
    let ids: Vec<u64> = s.work.keys().copied().collect();
    for id in ids {
        let args = s.work.remove(&id).unwrap();
        s.server.complete(id, Ok(u32_value(arg_u32(&args))));
    }
    assert_eq!(s.server.in_flight(), before, "answered but unsent: still in flight");
    // The client reads: every call is answered exactly once.
    while s.done.len() < 10 {
        s.run();
        s.complete_shuffled(&mut Rng(7));
    }
    assert_eq!((s.server.in_flight(), s.server.queued_bytes()), (0, 0));
    let overloaded = s
        .done
        .values()
        .filter(|r| matches!(r, Err(CallFailure::Remote(f)) if f.code == code::OVERLOADED))
        .count();
    assert_eq!(overloaded as u64, s.server.refused());
}

#[test]
fn a_reused_id_is_a_protocol_error_while_its_reply_is_unsent() {
    let mut s = sim();
    let id = s.call(1, 1, None);
    run_unread(&mut s);
    let args = s.work.remove(&id).unwrap();
    s.server.complete(id, Ok(u32_value(arg_u32(&args))));
    // The same id again, from a client that ignores the protocol.
    let mut enc = neopack::Encoder::new();
    let frame = Frame::Call(super::frame::Call {
        id,
        iface: 0,
        func: 0,
        deadline_ms: 0,
        args: &args_u32(2),
    });
    let bytes = Bytes::copy_from_slice(frame.encode(&mut enc).unwrap());
    s.server.handle_frame(s.now, &bytes);
    s.server_events();
    let closed = s.server_closed.clone().unwrap_or_default();
    assert!(closed.contains(&format!("call id {id} is already in flight")), "{closed}");
}

#[test]
fn after_the_clients_goaway_calls_are_answered_and_the_server_waits_for_the_close() {
    let mut s = sim();
    s.call(1, 5, None);
    s.run();
    s.server
        .handle_frame(s.now, &Bytes::from(Frame::Goaway { reason: "leaving" }.to_vec().unwrap()));
    s.complete_shuffled(&mut Rng(3));
    assert_eq!(read_u32(s.done[&1].as_ref().unwrap()), 10);
    assert!(s.server_closed.is_none(), "the client closes, not the server");
    s.call(2, 6, None);
    s.run();
    let Err(CallFailure::Remote(f)) = &s.done[&2] else { panic!("{:?}", s.done[&2]) };
    assert_eq!(f.code, code::SHUTTING_DOWN);
    assert_eq!(s.server.refused(), 1);
}
