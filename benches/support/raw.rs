//! The transport's physical limit: a client and a server that exchange the exact bytes of a
//! neorun `put` call frame and its reply, `len:u32 LE` framed over TCP with `TCP_NODELAY`,
//! doing nothing else — one call at a time, or multiplexed by the frame's call id.

use std::cell::Cell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::{Buf, BytesMut};
use futures::future::{FutureExt, LocalBoxFuture, join_all};
use neorun::kv::Entry;
use neorun::neopack::Encoder;
use neorun::neopack::codec::Encode;
use neorun::rpc::frame::{Call, Frame, Outcome, Reply};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::{mpsc, oneshot};

use super::calls::{Calls, split};
use super::guest::Error;
use super::servers::spawn_server_thread;

/// The key of the `get` and `put` benchmarks (the guest's `BENCH_KEY`).
pub(crate) const BENCH_KEY: &str = "bench-key-000001";

/// The guest's bench entry: 16-byte key, 256-byte value, four 8-byte tags.
pub(crate) fn bench_entry(version: u64) -> Entry {
    Entry {
        key: BENCH_KEY.to_owned(),
        value: (0..=255u8).collect(),
        tags: (0..4).map(|i| format!("tag-{i:04}")).collect(),
        version,
    }
}

/// A marker id whose bytes are found in the encoded frames to locate the id field.
const MARK: u64 = 0x0123_4567_89ab_cdef;

/// The framed bytes (`len:u32 LE` + frame) of a neorun `put` call and its reply, and where
/// the 8 id bytes sit in each (counted from the start of the length prefix).
#[derive(Clone, Debug)]
pub(crate) struct PutFrames {
    /// The call, framed.
    pub(crate) call: Vec<u8>,
    /// The reply, framed.
    pub(crate) reply: Vec<u8>,
    call_id_at: usize,
    reply_id_at: usize,
}

fn framed(frame: &Frame<'_>) -> Result<(Vec<u8>, usize), Error> {
    let body = frame.to_vec()?;
    let mark = MARK.to_le_bytes();
    let at = body.windows(8).position(|w| w == mark).ok_or("id bytes not found in the frame")?;
    let mut out = u32::try_from(body.len())?.to_le_bytes().to_vec();
    out.extend_from_slice(&body);
    Ok((out, at + 4))
}

impl PutFrames {
    /// Encodes the frames a static or dynamic `put` stub sends and receives: arguments
    /// `record { entry }`, no deadline, result `ok(revision)`.
    ///
    /// # Errors
    /// When the encoder refuses the values.
    pub(crate) fn new() -> Result<Self, Error> {
        let mut args = Encoder::new();
        args.begin_record(1)?;
        bench_entry(7).encode(&mut args)?;
        args.end_record()?;
        let args = args.finish()?.to_vec();
        let mut result = Encoder::new();
        result.ok()?;
        result.u64(42)?;
        let result = result.finish()?.to_vec();
        let call = Frame::Call(Call { id: MARK, iface: 0, func: 2, deadline_ms: 0, args: &args });
        let reply = Frame::Reply(Reply { id: MARK, outcome: Outcome::Ok(&result) });
        let (call, call_id_at) = framed(&call)?;
        let (reply, reply_id_at) = framed(&reply)?;
        Ok(Self { call, reply, call_id_at, reply_id_at })
    }

    fn call_with_id(&self, id: u64) -> Vec<u8> {
        let mut out = self.call.clone();
        out[self.call_id_at..self.call_id_at + 8].copy_from_slice(&id.to_le_bytes());
        out
    }
}

/// Takes one complete frame (with its prefix) off the front of `buf`.
fn take_frame(buf: &mut BytesMut) -> Option<BytesMut> {
    let head: [u8; 4] = buf.get(..4)?.try_into().ok()?;
    let len = 4 + u32::from_le_bytes(head) as usize;
    (buf.len() >= len).then(|| buf.split_to(len))
}

/// The raw server in its own thread: for every call frame read, the reply frame with the
/// call's id; replies to frames read together leave in one write.
///
/// # Errors
/// When the socket cannot be bound.
pub(crate) fn server(frames: &PutFrames) -> Result<SocketAddr, Error> {
    let frames = Arc::new(frames.clone());
    spawn_server_thread("raw-tcp-server", move |tx| async move {
        let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => {
                let _ = tx.send(Err(e.to_string()));
                return;
            }
        };
        let _ = tx.send(listener.local_addr().map_err(|e| e.to_string()));
        while let Ok((stream, _)) = listener.accept().await {
            let frames = frames.clone();
            tokio::spawn(async move {
                let _ = serve_raw(stream, &frames).await;
            });
        }
    })
}

async fn serve_raw(stream: TcpStream, frames: &PutFrames) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let (mut read, mut write) = stream.into_split();
    let mut buf = BytesMut::with_capacity(64 << 10);
    let mut out = Vec::with_capacity(64 << 10);
    loop {
        if read.read_buf(&mut buf).await? == 0 {
            return Ok(());
        }
        while let Some(call) = take_frame(&mut buf) {
            let id = frames.call_id_at;
            let at = out.len() + frames.reply_id_at;
            out.extend_from_slice(&frames.reply);
            out[at..at + 8].copy_from_slice(&call[id..id + 8]);
        }
        write.write_all(&out).await?;
        out.clear();
    }
}

async fn connect(addr: SocketAddr) -> Result<TcpStream, Error> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// One call at a time: write the call frame, read the reply frame.
pub(crate) struct PingPong {
    stream: TcpStream,
    call: Vec<u8>,
    reply_len: usize,
    buf: BytesMut,
}

impl PingPong {
    /// Connects to a raw [`server`].
    ///
    /// # Errors
    /// When the connection fails.
    pub(crate) async fn connect(addr: SocketAddr, frames: &PutFrames) -> Result<Self, Error> {
        Ok(Self {
            stream: connect(addr).await?,
            call: frames.call.clone(),
            reply_len: frames.reply.len(),
            buf: BytesMut::with_capacity(64 << 10),
        })
    }
}

impl Calls for PingPong {
    fn run(&mut self, n: u32) -> LocalBoxFuture<'_, ()> {
        async move {
            for _ in 0..n {
                self.stream.write_all(&self.call).await.expect("raw write");
                let reply = loop {
                    if let Some(frame) = take_frame(&mut self.buf) {
                        break frame;
                    }
                    let read = self.stream.read_buf(&mut self.buf).await.expect("raw read");
                    assert!(read > 0, "the raw server closed the connection");
                };
                assert_eq!(reply.len(), self.reply_len, "one reply frame per call");
            }
        }
        .boxed_local()
    }
}

type Pending = Arc<Mutex<HashMap<u64, oneshot::Sender<()>>>>;

/// `tasks` callers sharing one connection: a writer task batches queued frames into one
/// write, a reader task completes callers by call id.
pub(crate) struct Multiplexed {
    frames: PutFrames,
    tasks: usize,
    next_id: Cell<u64>,
    pending: Pending,
    tx: mpsc::UnboundedSender<Vec<u8>>,
}

impl Multiplexed {
    /// Connects to a raw [`server`] and spawns the reader and writer on the current runtime.
    ///
    /// # Errors
    /// When the connection fails.
    pub(crate) async fn connect(
        addr: SocketAddr,
        frames: &PutFrames,
        tasks: usize,
    ) -> Result<Self, Error> {
        let (read, write) = connect(addr).await?.into_split();
        let (tx, rx) = mpsc::unbounded_channel();
        let pending = Pending::default();
        tokio::spawn(write_loop(write, rx));
        tokio::spawn(read_loop(read, pending.clone(), frames.reply_id_at));
        Ok(Self { frames: frames.clone(), tasks, next_id: Cell::new(1), pending, tx })
    }

    async fn call(&self) {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let (done, wait) = oneshot::channel();
        self.pending.lock().expect("pending calls").insert(id, done);
        self.tx.send(self.frames.call_with_id(id)).expect("raw writer stopped");
        wait.await.expect("raw reader stopped");
    }
}

async fn write_loop(mut write: OwnedWriteHalf, mut rx: mpsc::UnboundedReceiver<Vec<u8>>) {
    let mut out = Vec::with_capacity(64 << 10);
    while let Some(first) = rx.recv().await {
        out.extend_from_slice(&first);
        while let Ok(more) = rx.try_recv() {
            out.extend_from_slice(&more);
        }
        if write.write_all(&out).await.is_err() {
            return;
        }
        out.clear();
    }
}

async fn read_loop(mut read: OwnedReadHalf, pending: Pending, id_at: usize) {
    let mut buf = BytesMut::with_capacity(64 << 10);
    loop {
        match read.read_buf(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        while let Some(mut reply) = take_frame(&mut buf) {
            reply.advance(id_at);
            let id = reply.get_u64_le();
            if let Some(done) = pending.lock().expect("pending calls").remove(&id) {
                let _ = done.send(());
            }
        }
    }
}

impl Calls for Multiplexed {
    fn run(&mut self, n: u32) -> LocalBoxFuture<'_, ()> {
        let this = &*self;
        let callers = split(n, self.tasks).map(move |m| async move {
            for _ in 0..m {
                this.call().await;
            }
        });
        let all = join_all(callers);
        async move {
            all.await;
        }
        .boxed_local()
    }
}
