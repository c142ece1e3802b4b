//! A connection's state behind its lock: the session, the bindings' function tables, the
//! queue of calls waiting to be sent, and the link to the transport.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use bytes::Bytes;
use tokio::sync::oneshot;

use super::BindingInner;
use super::call::{CallSlot, Loc};
use crate::rpc::frame::{HelloInterface, Welcome, WelcomeEntry};
use crate::rpc::session::{CallFailure, ClientConfig, ClientEvent, ClientSession};

/// What a user `bind` waits for: the binding's slot (when accepted) and the welcome.
pub(super) type HelloWaiter = oneshot::Sender<Result<(Option<usize>, Welcome), String>>;

/// A binding's function index table on the current connection.
#[derive(Debug)]
pub(super) enum Table {
    /// Accepted on connection `generation`.
    Bound { generation: u64, iface: u32, funcs: Vec<u32> },
    /// Its handshake on the current connection has not been answered yet.
    Stale,
    /// The server refused it on the current connection (or it is gone): calls fail.
    Failed(String),
}

#[derive(Debug)]
pub(super) struct BindingSlot {
    pub(super) hello: HelloInterface,
    pub(super) table: Table,
    pub(super) owner: Weak<BindingInner>,
    pub(super) claimed: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Link {
    /// Waiting for a transport connection.
    Connecting,
    Open,
    Closed(String),
}

/// Where a call can go now.
pub(super) enum Target {
    /// To the server's interface and function indexes.
    Send(u32, u32),
    /// Nowhere yet: its binding's handshake on this connection is not answered.
    Wait,
    /// Nowhere: its binding was refused (the reason).
    Fail(String),
}

/// What [`Inner::start`] did with a call.
pub(super) enum Started {
    /// Its frame waits in the session for the transport.
    Sent,
    /// It waits in the queue.
    Queued,
}

/// A call waiting to be sent, with its own copy of the arguments.
pub(super) struct Queued {
    pub(super) slot: Arc<CallSlot>,
    pub(super) args: Bytes,
}

pub(super) struct Inner {
    pub(super) session: ClientSession<Arc<CallSlot>>,
    /// Counts transport connections; a [`Table`] is valid for one generation.
    pub(super) generation: u64,
    pub(super) link: Link,
    pub(super) hellos: HashMap<u64, (HelloInterface, HelloWaiter)>,
    pub(super) rebinds: HashMap<u64, usize>,
    pub(super) bindings: Vec<BindingSlot>,
    pub(super) queue: VecDeque<Queued>,
    pub(super) last_close: String,
    /// When the driver's timer is set to go off, as the driver last set it: a call with an
    /// earlier deadline must ring the driver.
    pub(super) alarm_at: Option<Instant>,
}

impl Inner {
    pub(super) fn limit(&self, config: &ClientConfig) -> usize {
        config.max_in_flight.min(self.session.peer_max_in_flight()).max(1) as usize
    }

    pub(super) fn ready(&self) -> bool {
        self.link == Link::Open && self.session.accepts_calls()
    }

    /// Where `slot`'s call goes on the current connection: its binding's server indexes, or
    /// why it must wait or fail.
    pub(super) fn target(&self, slot: &CallSlot) -> Target {
        match self.bindings.get(slot.binding).map(|b| &b.table) {
            Some(Table::Bound { generation, iface, funcs }) if *generation == self.generation => {
                match funcs.get(slot.func) {
                    Some(&func) => Target::Send(*iface, func),
                    None => Target::Fail("no such function".into()),
                }
            }
            Some(Table::Failed(reason)) => Target::Fail(reason.clone()),
            Some(_) => Target::Wait,
            None => Target::Fail("no such binding".into()),
        }
    }

    /// Registers the call with the session and records where it went.
    pub(super) fn send(
        &mut self,
        now: Instant,
        slot: &Arc<CallSlot>,
        iface: u32,
        func: u32,
        args: &[u8],
        timeout: Option<Duration>,
    ) -> Result<(), CallFailure> {
        let id =
            self.session.call(now, iface, func, args, timeout, slot.clone()).map_err(|(f, _)| f)?;
        slot.set_loc(Loc::Sent { generation: self.generation, id });
        Ok(())
    }

    /// Sends `slot`'s call now if nothing stands in the way (its frame waits in the session for
    /// the transport), else queues it.
    pub(super) fn start(
        &mut self,
        now: Instant,
        slot: &Arc<CallSlot>,
        args: &[u8],
        timeout: Option<Duration>,
        config: &ClientConfig,
        reconnects: bool,
    ) -> Result<Started, CallFailure> {
        if let Link::Closed(r) = &self.link {
            return Err(CallFailure::Rejected {
                reason: format!("the connection is closed ({r})"),
            });
        }
        if !self.session.accepts_calls() && self.link == Link::Open && !reconnects {
            return Err(CallFailure::Rejected { reason: "the server is going away".into() });
        }
        let free =
            self.ready() && self.queue.is_empty() && self.session.in_flight() < self.limit(config);
        match self.target(slot) {
            Target::Fail(reason) => return Err(CallFailure::Rejected { reason }),
            Target::Send(iface, func) if free => {
                self.send(now, slot, iface, func, args, timeout)?;
                return Ok(Started::Sent);
            }
            Target::Send(..) | Target::Wait => {}
        }
        if self.queue.len() >= config.max_queued {
            return Err(CallFailure::Overloaded { limit: config.max_queued });
        }
        self.queue.push_back(Queued { slot: slot.clone(), args: Bytes::copy_from_slice(args) });
        Ok(Started::Queued)
    }

    /// Moves queued calls into the session while slots are free.
    pub(super) fn promote(&mut self, now: Instant, config: &ClientConfig) {
        let limit = self.limit(config);
        while self.ready() && self.session.in_flight() < limit {
            let Some(q) = self.queue.front() else { break };
            let slot = q.slot.clone();
            if slot.is_abandoned() {
                self.queue.pop_front();
                continue;
            }
            let timeout = match slot.deadline {
                Some(d) if d <= now => {
                    self.queue.pop_front();
                    slot.complete(Err(CallFailure::DeadlineExceeded));
                    continue;
                }
                d => d.map(|d| d - now),
            };
            let (iface, func) = match self.target(&slot) {
                Target::Send(iface, func) => (iface, func),
                Target::Wait => break,
                Target::Fail(reason) => {
                    self.queue.pop_front();
                    slot.complete(Err(CallFailure::Rejected { reason }));
                    continue;
                }
            };
            let Some(q) = self.queue.pop_front() else { break };
            if let Err(f) = self.send(now, &slot, iface, func, &q.args, timeout) {
                slot.complete(Err(f));
            }
        }
    }

    /// Fails queued calls past their deadline, forgets abandoned ones; returns the earliest
    /// deadline left.
    pub(super) fn expire_queue(&mut self, now: Instant) -> Option<Instant> {
        if self.queue.is_empty() {
            return None;
        }
        let mut next: Option<Instant> = None;
        self.queue.retain(|q| {
            if q.slot.is_abandoned() {
                return false;
            }
            match q.slot.deadline {
                Some(d) if d <= now => {
                    q.slot.complete(Err(CallFailure::DeadlineExceeded));
                    false
                }
                Some(d) => {
                    next = Some(next.map_or(d, |n| n.min(d)));
                    true
                }
                None => true,
            }
        });
        next
    }

    pub(super) fn fail_queue(&mut self, failure: &CallFailure) {
        for q in self.queue.drain(..) {
            q.slot.complete(Err(failure.clone()));
        }
    }

    /// A new transport connection: a fresh session, and a handshake for every live binding.
    pub(super) fn open(&mut self, now: Instant, config: &ClientConfig) {
        self.generation += 1;
        self.session = ClientSession::new(config.clone(), now);
        self.link = Link::Open;
        self.rebinds.clear();
        for (i, b) in self.bindings.iter_mut().enumerate() {
            if b.claimed && b.owner.strong_count() == 0 {
                b.table = Table::Failed("the binding was dropped".into());
                continue;
            }
            b.table = match self.session.hello(now, vec![b.hello.clone()]) {
                Ok(token) => {
                    self.rebinds.insert(token, i);
                    Table::Stale
                }
                Err(reason) => Table::Failed(reason),
            };
        }
    }

    /// The transport is gone. With `reconnect`, calls that had not left go back to the
    /// queue; otherwise the connection is closed for good and queued calls fail.
    pub(super) fn lost(&mut self, reason: &str, reconnect: bool, peer: &str) {
        if reconnect {
            for (_, slot, args) in self.session.take_unsent().into_iter().rev() {
                slot.set_loc(Loc::Queued);
                self.queue.push_front(Queued { slot, args });
            }
        }
        self.session.connection_lost(reason);
        self.process_events(peer);
        if reconnect {
            self.link = Link::Connecting;
        } else {
            self.close_for_good(reason);
        }
    }

    pub(super) fn close_for_good(&mut self, reason: &str) {
        self.session.connection_lost(reason);
        self.link = Link::Closed(reason.to_owned());
        let reason = reason.to_owned();
        self.fail_queue(&CallFailure::ConnectionLost { may_have_executed: false, reason });
        for (_, (_, w)) in self.hellos.drain() {
            let _ = w.send(Err("the connection is closed".into()));
        }
    }

    /// Completes waiters for every pending event.
    pub(super) fn process_events(&mut self, peer: &str) {
        while let Some(ev) = self.session.poll_event() {
            match ev {
                ClientEvent::Completed { payload, result, .. } => payload.complete(result),
                ClientEvent::Welcome { token, welcome } => self.welcome(token, welcome),
                ClientEvent::HandshakeFailed { token, reason } => {
                    if let Some((_, w)) = self.hellos.remove(&token) {
                        let _ = w.send(Err(reason));
                    } else if let Some(b) =
                        self.rebinds.remove(&token).and_then(|i| self.bindings.get_mut(i))
                    {
                        b.table = Table::Failed(format!("handshake failed: {reason}"));
                    }
                }
                ClientEvent::ProtocolViolation { what } => {
                    tracing::warn!(peer, "rpc protocol violation by the server: {what}");
                }
                ClientEvent::GoAway { reason } => {
                    tracing::info!(peer, "server is going away: {reason}");
                }
                ClientEvent::Closed { reason } => {
                    tracing::debug!(peer, "rpc connection closed: {reason}");
                    self.last_close = reason;
                }
            }
        }
    }

    pub(super) fn welcome(&mut self, token: u64, welcome: Welcome) {
        let generation = self.generation;
        let bound = |n: usize, entry: Option<&WelcomeEntry>| match entry {
            Some(WelcomeEntry::Accepted { iface, funcs }) if funcs.len() == n => {
                Ok(Table::Bound { generation, iface: *iface, funcs: funcs.clone() })
            }
            Some(WelcomeEntry::UnknownInterface) => {
                Err("the server no longer exports the interface".to_owned())
            }
            Some(WelcomeEntry::Forbidden) => {
                Err("the server no longer allows this client to call the interface".to_owned())
            }
            Some(WelcomeEntry::Mismatch { function, .. }) => {
                Err(format!("function `{function}` now differs on the server"))
            }
            _ => Err("malformed welcome".to_owned()),
        };
        if let Some((hello, w)) = self.hellos.remove(&token) {
            let slot = bound(hello.functions.len(), welcome.interfaces.first()).ok().map(|table| {
                let owner = Weak::new();
                self.bindings.push(BindingSlot { hello, table, owner, claimed: false });
                self.bindings.len() - 1
            });
            let _ = w.send(Ok((slot, welcome)));
        } else if let Some(b) = self.rebinds.remove(&token).and_then(|i| self.bindings.get_mut(i)) {
            let table = bound(b.hello.functions.len(), welcome.interfaces.first());
            b.table = table.unwrap_or_else(|reason| {
                tracing::warn!(interface = b.hello.name, "re-handshake refused: {reason}");
                Table::Failed(format!("after reconnecting: {reason}"))
            });
        }
    }
}
