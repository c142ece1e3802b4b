//! The decoder's stack of open containers.

use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum FrameKind {
    #[default]
    List,
    Record,
    /// The payload of a variant, `some`, `ok` or `err`.
    Slot,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    /// Same scalar tag of every element so far (lists), 0 before the first, `0xff` when mixed.
    pub(crate) elem: u8,
    pub(crate) remaining: u32,
    /// Offset of the container's tag.
    pub(crate) start: usize,
    /// Offset just past the container's body (the parent's for a slot).
    pub(crate) end: usize,
}

const INLINE: usize = 8;

/// The stack of open containers: a few inline, the rest spilled, so a shallow message decodes
/// without allocating.
#[derive(Clone, Debug, Default)]
pub(crate) struct Stack {
    inline: [Frame; INLINE],
    pub(crate) len: usize,
    spill: Vec<Frame>,
}

impl Stack {
    #[inline]
    pub(crate) fn top_mut(&mut self) -> Option<&mut Frame> {
        match self.len {
            0 => None,
            n if n <= INLINE => Some(&mut self.inline[n - 1]),
            _ => self.spill.last_mut(),
        }
    }
    #[inline]
    pub(crate) fn push(&mut self, f: Frame) {
        if self.len < INLINE {
            self.inline[self.len] = f;
        } else {
            self.spill.push(f);
        }
        self.len += 1;
    }
    #[inline]
    pub(crate) fn pop(&mut self) {
        if self.len > INLINE {
            self.spill.pop();
        }
        self.len -= 1;
    }
}
