"""Asterisk manager event sequences for the fake AMI (tests/fake_ami.py), written field by field
from Asterisk's own documentation of each event (the `<managerEvent>` blocks in its source,
rendered at https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/AMI_Events/
followed by the event's name, e.g. …/AMI_Events/DialBegin/):

- Newchannel, Hangup (+ Cause, Cause-txt), DialBegin, DialEnd (+ DialStatus):
  main/manager_channels.c (…/AMI_Events/Newchannel, /Hangup, /DialBegin, /DialEnd). The channel
  snapshot fields (Channel … Linkedid) are `<channel_snapshot/>` of main/manager_doc.xml;
  the `Dest…` ones are the same with the prefix.
- BridgeEnter (+ bridge snapshot: BridgeUniqueid, BridgeType, BridgeTechnology, BridgeCreator,
  BridgeName, BridgeNumChannels, BridgeVideoSourceMode): main/manager_bridges.c
  (…/AMI_Events/BridgeEnter).
- AgentCalled, AgentConnect (+ RingTime, HoldTime), AgentRingNoAnswer (+ RingTime),
  QueueCallerAbandon (+ Position, OriginalPosition, HoldTime), QueueCallerLeave (+ Count,
  Position): apps/app_queue.c (…/AMI_Events/AgentCalled, …). Queue, MemberName, Interface as
  documented for QueueMemberStatus.
- BlindTransfer (Result, Transferer… snapshot, IsExternal, Context, Extension) and
  AttendedTransfer (Result, OrigTransferer…, SecondTransferer…, DestType, DestBridgeUniqueid):
  main/stasis_bridges.c (…/AMI_Events/BlindTransfer, /AttendedTransfer). The source reads
  neither (the agent's channels hanging up say it all); they are here so that the sequence is
  the one a PBX sends.
- Who is who on a dial (apps/app_dial.c): the channel dialled carries the dialled number as its
  caller id and the caller as its connected line; in a queue app_queue.c publishes the DialEnd
  ANSWER of the member who answered, then CANCEL for the others, whose channels hang up with
  Cause 26 (answered elsewhere).

Every event has `Timestamp:` (manager.conf `timestampevents=yes`, as the README asks), so the
log times are the PBX's: second s of a scenario is T0 + s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
CALLER = "0721234567"
CALLER_NAME = "James May"
OTHER = "0831112222"
Event = dict[str, str]

_STATES = {"0": "Down", "4": "Ring", "5": "Ringing", "6": "Up"}


@dataclass(frozen=True)
class Chan:
    name: str
    uniqueid: str
    linkedid: str
    cid_num: str = ""
    cid_name: str = ""
    cl_num: str = ""
    cl_name: str = ""
    context: str = "from-internal"
    exten: str = "s"
    state: str = "0"

    def at(self, state: str) -> Chan:
        return replace(self, state=state)


def snapshot(chan: Chan, prefix: str = "") -> Event:
    """<channel_snapshot/> (main/manager_doc.xml), with `prefix` for the Dest… copy."""
    return {
        f"{prefix}Channel": chan.name,
        f"{prefix}ChannelState": chan.state,
        f"{prefix}ChannelStateDesc": _STATES[chan.state],
        f"{prefix}CallerIDNum": chan.cid_num or "<unknown>",
        f"{prefix}CallerIDName": chan.cid_name or "<unknown>",
        f"{prefix}ConnectedLineNum": chan.cl_num or "<unknown>",
        f"{prefix}ConnectedLineName": chan.cl_name or "<unknown>",
        f"{prefix}Language": "en",
        f"{prefix}AccountCode": "",
        f"{prefix}Context": chan.context,
        f"{prefix}Exten": chan.exten,
        f"{prefix}Priority": "1",
        f"{prefix}Uniqueid": chan.uniqueid,
        f"{prefix}Linkedid": chan.linkedid,
    }


def _head(name: str, second: float, privilege: str = "call,all") -> Event:
    stamp = T0.timestamp() + second
    return {"Event": name, "Privilege": privilege, "Timestamp": f"{stamp:.6f}"}


def newchannel(s: float, chan: Chan) -> Event:
    return {**_head("Newchannel", s), **snapshot(chan)}


def dial_begin(s: float, caller: Chan | None, dest: Chan, dial_string: str) -> Event:
    # An Originate's first leg has no calling channel: its snapshot fields are absent.
    return {
        **_head("DialBegin", s),
        **(snapshot(caller) if caller else {}),
        **snapshot(dest, "Dest"),
        "DialString": dial_string,
    }


def dial_end(s: float, caller: Chan | None, dest: Chan, status: str) -> Event:
    return {
        **_head("DialEnd", s),
        **(snapshot(caller) if caller else {}),
        **snapshot(dest, "Dest"),
        "DialStatus": status,
    }


def bridge_enter(s: float, chan: Chan, bridge: str) -> Event:
    return {
        **_head("BridgeEnter", s),
        "BridgeUniqueid": bridge,
        "BridgeType": "basic",
        "BridgeTechnology": "simple_bridge",
        "BridgeCreator": "<unknown>",
        "BridgeName": "<unknown>",
        "BridgeNumChannels": "2",
        "BridgeVideoSourceMode": "none",
        **snapshot(chan),
    }


_CAUSES = {
    "16": "Normal Clearing",
    "17": "User busy",
    "19": "User alerting, no answer",
    "26": "Answered elsewhere",
}


def hangup(s: float, chan: Chan, cause: str = "16") -> Event:
    return {**_head("Hangup", s), **snapshot(chan), "Cause": cause, "Cause-txt": _CAUSES[cause]}


def _member(s: float, name: str, caller: Chan, member: Chan, interface: str) -> Event:
    return {
        **_head(name, s, "agent,all"),
        **snapshot(caller),
        **snapshot(member, "Dest"),
        "Queue": "400",
        "MemberName": interface.split("/")[1].split("@")[0],
        "Interface": interface,
    }


def agent_called(s: float, caller: Chan, member: Chan, interface: str) -> Event:
    return _member(s, "AgentCalled", caller, member, interface)


def agent_ring_no_answer(
    s: float, caller: Chan, member: Chan, interface: str, ring_ms: int
) -> Event:
    return {**_member(s, "AgentRingNoAnswer", caller, member, interface), "RingTime": str(ring_ms)}


def agent_connect(s: float, caller: Chan, member: Chan, interface: str) -> Event:
    return {
        **_member(s, "AgentConnect", caller, member, interface),
        "RingTime": "6",
        "HoldTime": "8",
    }


def queue_caller_abandon(s: float, caller: Chan) -> Event:
    return {
        **_head("QueueCallerAbandon", s, "agent,all"),
        **snapshot(caller),
        "Queue": "400",
        "Position": "1",
        "OriginalPosition": "1",
        "HoldTime": "40",
    }


def queue_caller_leave(s: float, caller: Chan) -> Event:
    return {
        **_head("QueueCallerLeave", s, "agent,all"),
        **snapshot(caller),
        "Queue": "400",
        "Count": "0",
        "Position": "1",
    }


def blind_transfer(s: float, transferer: Chan, exten: str) -> Event:
    return {
        **_head("BlindTransfer", s),
        "Result": "Success",
        **snapshot(transferer, "Transferer"),
        "IsExternal": "No",
        "Context": "from-internal",
        "Extension": exten,
    }


def attended_transfer(s: float, orig: Chan, second: Chan) -> Event:
    return {
        **_head("AttendedTransfer", s),
        "Result": "Success",
        **snapshot(orig, "OrigTransferer"),
        **snapshot(second, "SecondTransferer"),
        "DestType": "Bridge",
        "DestBridgeUniqueid": "b-1",
    }


# --- the channels -----------------------------------------------------------------------------

L1, L2 = "1772438400.101", "1772438400.202"
TRUNK = Chan(
    "PJSIP/trunk-00000001",
    L1,
    L1,
    CALLER,
    CALLER_NAME,
    context="from-trunk",
    exten="0215550100",
    state="4",
)
AGENT = Chan(
    "PJSIP/201-00000002",
    "1772438400.102",
    L1,
    "201",
    "",
    CALLER,
    CALLER_NAME,
    exten="201",
    state="0",
)


def inbound_answered() -> list[Event]:
    up = AGENT.at("6")
    return [
        newchannel(0, TRUNK),
        newchannel(0, AGENT),
        dial_begin(0, TRUNK, AGENT, "201"),
        dial_end(5, TRUNK.at("4"), up, "ANSWER"),
        bridge_enter(5, TRUNK.at("6"), "b-1"),
        bridge_enter(5, up, "b-1"),
        hangup(65, up),
        hangup(65, TRUNK.at("6")),
    ]


def inbound_missed() -> list[Event]:
    return [
        newchannel(0, TRUNK),
        newchannel(0, AGENT),
        dial_begin(0, TRUNK, AGENT, "201"),
        dial_end(20, TRUNK, AGENT.at("5"), "NOANSWER"),
        hangup(20, AGENT.at("5"), "19"),
        # the caller goes on to voicemail and leaves later
        hangup(50, TRUNK.at("6")),
    ]


# A FreePBX queue (400) ringing all its members through Local channels (from-queue), as
# FreePBX writes queue members: 201 and 202 ring, `answerer` picks up at second 8.
def _local(ext: str, n: int, half: str, linkedid: str = L1) -> Chan:
    return Chan(
        f"Local/{ext}@from-queue-0000000{n};{half}",
        f"1772438400.1{n}{half}",
        linkedid,
        CALLER,
        CALLER_NAME,
        CALLER,
        CALLER_NAME,
        "from-queue",
        ext,
    )


def _phone(ext: str, n: int, linkedid: str = L1) -> Chan:
    return Chan(
        f"PJSIP/{ext}-0000000{n}",
        f"1772438400.2{n}",
        linkedid,
        ext,
        "",
        CALLER,
        CALLER_NAME,
        "from-internal",
        ext,
    )


def queue_ring_all(answerer: str) -> list[Event]:
    """Both members ring; `answerer` ("201" or "202") answers; the other is cancelled."""
    legs = {
        ext: (_local(ext, n, "1"), _local(ext, n, "2"), _phone(ext, n + 2))
        for ext, n in (("201", 3), ("202", 4))
    }
    loser = "202" if answerer == "201" else "201"
    events = [newchannel(0, TRUNK)]
    for ext, (one, two, phone) in legs.items():
        interface = f"Local/{ext}@from-queue/n"
        events += [
            newchannel(2, one),
            newchannel(2, two),
            dial_begin(2, TRUNK.at("6"), one, f"{ext}@from-queue/n"),
            agent_called(2, TRUNK.at("6"), one, interface),
            newchannel(2, phone),
            dial_begin(2, two, phone, ext),
        ]
    one, two, phone = legs[answerer]
    lone, ltwo, lphone = legs[loser]
    events += [
        dial_end(8, two.at("6"), phone.at("6"), "ANSWER"),
        dial_end(8, TRUNK.at("6"), one.at("6"), "ANSWER"),
        dial_end(8, TRUNK.at("6"), lone, "CANCEL"),
        hangup(8, lone, "26"),
        dial_end(8, ltwo, lphone.at("5"), "CANCEL"),
        hangup(8, lphone.at("5"), "26"),
        hangup(8, ltwo, "26"),
        queue_caller_leave(8, TRUNK.at("6")),
        agent_connect(8, TRUNK.at("6"), one.at("6"), f"Local/{answerer}@from-queue/n"),
        bridge_enter(8, TRUNK.at("6"), "b-q"),
        bridge_enter(8, one.at("6"), "b-q"),
        hangup(98, phone.at("6")),
        hangup(98, two.at("6")),
        hangup(98, one.at("6")),
        hangup(98, TRUNK.at("6")),
    ]
    return events


def queue_nobody_answers() -> list[Event]:
    """The queue rings 201 alone (strategy rrmemory), twice, 15 s each with a 5 s retry;
    the caller gives up at second 40."""
    one, two, phone = _local("201", 3, "1"), _local("201", 3, "2"), _phone("201", 5)
    interface = "Local/201@from-queue/n"
    events = [newchannel(0, TRUNK)]
    for start in (2, 22):
        events += [
            newchannel(start, one),
            newchannel(start, two),
            dial_begin(start, TRUNK.at("6"), one, "201@from-queue/n"),
            agent_called(start, TRUNK.at("6"), one, interface),
            newchannel(start, phone),
            dial_begin(start, two, phone, "201"),
        ]
        if start == 2:
            events += [
                agent_ring_no_answer(17, TRUNK.at("6"), one, interface, 15000),
                dial_end(17, TRUNK.at("6"), one, "NOANSWER"),
                hangup(17, one),
                dial_end(17, two, phone.at("5"), "CANCEL"),
                hangup(17, phone.at("5")),
                hangup(17, two),
            ]
    events += [
        dial_end(40, TRUNK.at("6"), one, "CANCEL"),
        queue_caller_abandon(40, TRUNK.at("6")),
        hangup(40, one),
        dial_end(40, two, phone.at("5"), "CANCEL"),
        hangup(40, phone.at("5")),
        hangup(40, two),
        hangup(40, TRUNK.at("6")),
    ]
    return events


OUT_AGENT = Chan(
    "PJSIP/201-00000010", L2, L2, "201", "Ada Agent", "", "", "from-internal", CALLER, "6"
)
OUT_TRUNK = Chan(
    "PJSIP/trunk-00000011",
    "1772438400.203",
    L2,
    CALLER,
    "",
    "201",
    "Ada Agent",
    "from-trunk",
    CALLER,
)


def outbound(answered: bool) -> list[Event]:
    events = [
        newchannel(0, OUT_AGENT),
        newchannel(0, OUT_TRUNK),
        dial_begin(0, OUT_AGENT, OUT_TRUNK, f"trunk/{CALLER}"),
    ]
    if answered:
        events += [
            dial_end(8, OUT_AGENT, OUT_TRUNK.at("6"), "ANSWER"),
            bridge_enter(8, OUT_AGENT, "b-o"),
            bridge_enter(8, OUT_TRUNK.at("6"), "b-o"),
            hangup(68, OUT_AGENT),
            hangup(68, OUT_TRUNK.at("6")),
        ]
    else:
        events += [
            dial_end(30, OUT_AGENT, OUT_TRUNK.at("5"), "CANCEL"),
            hangup(30, OUT_TRUNK.at("5")),
            hangup(30, OUT_AGENT),
        ]
    return events


def outbound_busy() -> list[Event]:
    return [
        newchannel(0, OUT_AGENT),
        dial_begin(0, OUT_AGENT, OUT_TRUNK, f"trunk/{CALLER}"),
        dial_end(6, OUT_AGENT, OUT_TRUNK, "BUSY"),
        hangup(6, OUT_TRUNK, "17"),
        hangup(7, OUT_AGENT),
    ]


TRUNK2 = Chan("PJSIP/trunk-00000020", L2, L2, OTHER, "", context="from-trunk", state="4")
AGENT2 = Chan("PJSIP/201-00000021", "1772438400.221", L2, "201", "", OTHER, "", exten="201")


def call_waiting() -> list[Event]:
    """On a call with James, Ann rings at 30 and is declined at 35; James's call ends at 65."""
    first = inbound_answered()[:-2]
    return [
        *first,
        newchannel(30, TRUNK2),
        newchannel(30, AGENT2),
        dial_begin(30, TRUNK2, AGENT2, "201"),
        dial_end(35, TRUNK2, AGENT2.at("5"), "BUSY"),
        hangup(35, AGENT2.at("5"), "17"),
        hangup(36, TRUNK2),
        hangup(65, AGENT.at("6")),
        hangup(65, TRUNK.at("6")),
    ]


COLLEAGUE = Chan(
    "PJSIP/202-00000030", "1772438400.130", L1, "202", "", CALLER, CALLER_NAME, exten="202"
)


def blind_transfer_to_202() -> list[Event]:
    """James is answered at 5 and sent on to 202 at 40: the agent's leg is 0–40."""
    return [
        *inbound_answered()[:-2],
        blind_transfer(40, AGENT.at("6"), "202"),
        hangup(40, AGENT.at("6")),
        newchannel(40, COLLEAGUE),
        dial_begin(40, TRUNK.at("6"), COLLEAGUE, "202"),
        dial_end(46, TRUNK.at("6"), COLLEAGUE.at("6"), "ANSWER"),
        bridge_enter(46, COLLEAGUE.at("6"), "b-2"),
        hangup(120, COLLEAGUE.at("6")),
        hangup(120, TRUNK.at("6")),
    ]


CONSULT = Chan(
    "PJSIP/201-00000040",
    "1772438400.140",
    "1772438400.140",
    "201",
    "Ada Agent",
    "",
    "",
    "from-internal",
    "202",
    "6",
)
CONSULTED = Chan(
    "PJSIP/202-00000041",
    "1772438400.141",
    "1772438400.140",
    "202",
    "",
    "201",
    "Ada Agent",
    "from-internal",
    "202",
)


def attended_transfer_to_202() -> list[Event]:
    """James answered at 5; at 20 the agent calls 202 (answered at 25) and at 50 joins them:
    the agent was on two legs, James's (0–50) and the consultation with 202 (20–50)."""
    return [
        *inbound_answered()[:-2],
        newchannel(20, CONSULT),
        newchannel(20, CONSULTED),
        dial_begin(20, CONSULT, CONSULTED, "202"),
        dial_end(25, CONSULT, CONSULTED.at("6"), "ANSWER"),
        bridge_enter(25, CONSULT, "b-c"),
        bridge_enter(25, CONSULTED.at("6"), "b-c"),
        attended_transfer(50, AGENT.at("6"), CONSULT),
        hangup(50, AGENT.at("6")),
        hangup(50, CONSULT),
        bridge_enter(50, TRUNK.at("6"), "b-c"),
        hangup(110, CONSULTED.at("6")),
        hangup(110, TRUNK.at("6")),
    ]


def someone_elses_call() -> list[Event]:
    """202's own call, nothing of 201 in it: never the agent's."""
    return [
        newchannel(0, TRUNK),
        newchannel(0, COLLEAGUE),
        dial_begin(0, TRUNK, COLLEAGUE, "202"),
        dial_end(3, TRUNK, COLLEAGUE.at("6"), "ANSWER"),
        hangup(30, COLLEAGUE.at("6")),
        hangup(30, TRUNK.at("6")),
    ]


def click_to_dial() -> list[Event]:
    """Originate PJSIP/201 → from-internal/<number>: the agent's phone rings first (a DialBegin
    with no calling channel), is picked up, then dials the number like any outbound call."""
    mine = OUT_AGENT.at("0")
    return [
        newchannel(0, mine),
        dial_begin(0, None, mine, "201"),
        dial_end(3, None, mine.at("6"), "ANSWER"),
        *outbound(answered=True)[1:],
    ]


# --- what each scenario must give at extension 201 (or the one named) -------------------------


def at(second: float) -> str:
    return (T0 + timedelta(seconds=second)).strftime("%H:%M:%S")


def log(call_type: str, number: str, start: int, end: int, talk: str) -> tuple[str, ...]:
    """A log as (CallType, Number, CallStartTimeLocal, CallEndTimeLocal, Duration), in UTC."""
    return (call_type, number, at(start), at(end), talk)


N = CALLER
SCENARIOS = [
    ("inbound answered", inbound_answered(), "201", [log("Inbound", N, 0, 65, "00:01:00")]),
    ("inbound missed", inbound_missed(), "201", [log("Missed", N, 0, 20, "00:00:00")]),
    (
        "queue call answered here",
        queue_ring_all("201"),
        "201",
        [log("Inbound", N, 2, 98, "00:01:30")],
    ),
    (
        "queue call answered by a colleague",
        queue_ring_all("202"),
        "201",
        [log("Missed", N, 2, 8, "00:00:00")],
    ),
    (
        "queue call nobody answered, rung twice",
        queue_nobody_answers(),
        "201",
        [log("Missed", N, 2, 40, "00:00:00")],
    ),
    ("outbound answered", outbound(answered=True), "201", [log("Outbound", N, 0, 68, "00:01:00")]),
    (
        "outbound not answered",
        outbound(answered=False),
        "201",
        [log("Notanswered", N, 0, 30, "00:00:00")],
    ),
    ("outbound busy", outbound_busy(), "201", [log("Notanswered", N, 0, 6, "00:00:00")]),
    (
        "call waiting: the second caller declined",
        call_waiting(),
        "201",
        [log("Missed", OTHER, 30, 35, "00:00:00"), log("Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "blind transfer: the agent's leg only",
        blind_transfer_to_202(),
        "201",
        [log("Inbound", N, 0, 40, "00:00:35")],
    ),
    (
        "attended transfer: one log per leg",
        attended_transfer_to_202(),
        "201",
        [log("Inbound", N, 0, 50, "00:00:45"), log("Outbound", "202", 20, 50, "00:00:25")],
    ),
    ("a colleague's own call is not the agent's", someone_elses_call(), "201", []),
    (
        "the colleague's side of a transfer",
        blind_transfer_to_202(),
        "202",
        [log("Inbound", N, 40, 120, "00:01:14")],
    ),
    (
        "click-to-dial: the originate leg is not a ring",
        click_to_dial(),
        "201",
        [log("Outbound", N, 0, 68, "00:01:00")],
    ),
]
