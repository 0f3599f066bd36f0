#!/usr/bin/python3
"""Walks Nido's real AT-SPI tree page by page, as the Orca screen reader reads it, and reports the
controls without a name, the charts without a name and a description, and whether the page list
says which page is open. One command, run from the source folder:

    python3 tests/support/check_atspi.py --nido build/bin/nido [--database CONNINFO | --data-dir DIR]
                                         [--report-only] [--page NAME ...]

It runs itself again under dbus-run-session (a private bus, on which D-Bus activates at-spi-bus-
launcher and at-spi2-registryd) with an Xvfb of its own (Qt's bridge needs xcb). Needs Debian's xvfb,
dbus, at-spi2-core and python3-pyatspi (packaging/install-deps.sh installs them). Exits 1 when a
control has no name, a chart lacks a name or a description, or the page list does not mark the open
page selected (0 with --report-only); 2 when Nido or a page does not come up.

What Qt 6.4's bridge does, which the checks rely on:
- An item has the Component interface only with a non-empty rectangle: one hidden in QML has none,
  one scrolled out keeps it but loses STATE_SHOWING. The table counts these present nodes; controls,
  list items and charts are judged hidden too (a closed pane, another tab).
- Every Text is focusable with a SetFocus action (for mobile readers): labels are not counted as
  controls, nor are ScrollBars and a ComboBox's own text field (read as the box's value). A password
  field cannot have a name (QQuickAccessibleAttached::name() returns "" for passwordEdit): its
  description, the TextField's placeholder, stands in for it.
- A QtCharts ChartView is only in the tree with Accessible.role: Accessible.Chart (role "chart").
- A ListView has no Selection interface, an ItemDelegate no action unless its QML gives one
  (Accessible.onPressAction): the page list item's Press opens its page, else the keyboard does."""
import argparse, glob, importlib.util, os, random, shutil, signal, subprocess, sys, tempfile, time

if not os.environ.get('CHECK_ATSPI_HOME'):
    # pyenv's python3 lacks Debian's gi and pyatspi: the system one has them.
    python = sys.executable if importlib.util.find_spec('pyatspi') else '/usr/bin/python3'
    if not all(map(shutil.which, ('dbus-run-session', 'Xvfb', 'dbus-update-activation-environment'))):
        sys.exit('error: needs xvfb and dbus (packaging/install-deps.sh installs them)')
    # A throwaway home for all on the bus, at-spi's daemons too: none writes the user's settings or cache.
    # Readable by all: as root, Nido's embedded server runs as postgres and must reach its data there.
    home = tempfile.mkdtemp(prefix='nido-atspi-')
    os.chmod(home, 0o755)
    os.mkdir(home + '/run', 0o700)
    os.environ.update(CHECK_ATSPI_HOME=home, HOME=home, XDG_CONFIG_HOME=home + '/.config', XDG_DATA_HOME=home + '/.local/share',
                      XDG_CACHE_HOME=home + '/.cache', XDG_RUNTIME_DIR=home + '/run', GSETTINGS_BACKEND='memory',
                      LANGUAGE='en', LC_ALL='C.UTF-8')
    try:
        bus = subprocess.Popen(['dbus-run-session', '--', python, os.path.abspath(__file__), *sys.argv[1:]],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in bus.stdout:  # leave out the bus daemons' chatter, and the launcher's when our X goes
            if not line.startswith(('dbus-daemon[', 'SpiRegistry daemon is running', 'X connection to :')):
                print(line, end='', flush=True)
        sys.exit(bus.wait())
    finally:
        shutil.rmtree(home, ignore_errors=True)
try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    sys.exit('error: needs python3-pyatspi (packaging/install-deps.sh installs it)')

NOT_CONTROLS = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC, pyatspi.ROLE_SCROLL_BAR}
ITEMS = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE_ROW, pyatspi.ROLE_TREE_ITEM}
nido = None  # the process under test


class Node:
    """One accessible, read once, with what leads to its QML: its ancestors from the window down,
    the named sibling before it and its first named descendant."""
    def __init__(self, acc, trail=(), after=None):
        self.acc, self.role, self.role_name = acc, acc.getRole(), acc.getRoleName()
        self.name, self.description = (acc.name or '').strip(), (acc.description or '').strip()
        self.states, self.present = acc.getState(), 'Component' in acc.get_interfaces()
        self.trail, self.after, self.inside = trail, after, None

    def label(self):
        name = self.name if len(self.name) < 60 else self.name[:57] + '...'
        return f'{self.role_name} "{name}"' if name else self.role_name

    def shows(self, state=pyatspi.STATE_SHOWING):
        return self.states.contains(state)

    def actions(self):
        try:
            return [self.acc.queryAction().getName(i) for i in range(self.acc.queryAction().nActions)]
        except (NotImplementedError, GLib.Error):
            return []


def children(acc):
    return [kid for kid in acc if kid is not None]  # a child destroyed meanwhile comes as None


def walk(acc, trail=(), after=None):
    """The subtree, depth first; a delegate destroyed while it is read is left out."""
    try:
        node, kids = Node(acc, trail, after), children(acc)
    except GLib.Error:
        return
    yield node
    previous = None
    for kid in kids:
        for found in walk(kid, trail + (node,), previous):
            if found.name and found.trail[-1] is node:
                previous = found
            for ancestor in reversed(found.trail if found.name else ()):
                if ancestor.inside:
                    break
                ancestor.inside = found
            yield found


def wait_for(what, check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if nido.poll() is not None:
            sys.exit(print(f'error: Nido exited while waiting for {what}') or 2)
        try:
            found = check()
            if found is not None:
                return found
        except GLib.Error:  # a node gone while it was read: try again
            pass
        time.sleep(0.2)
    sys.exit(print(f'error: {what} did not come up within {seconds:.0f} s') or 2)


def settled(page, trail, seconds):
    """Walks the page until no busy indicator shows and two walks half a second apart agree."""
    last, deadline = None, time.monotonic() + seconds
    while time.monotonic() < deadline:
        nodes = list(walk(page, trail))
        busy = any(n.shows() and (n.shows(pyatspi.STATE_BUSY) or n.name.startswith('Loading')) for n in nodes)
        signature = None if busy else [(n.role, n.name, n.present) for n in nodes]
        if signature and signature == last:
            return nodes
        last = signature
        time.sleep(0.5)
    print(f'warning: "{page.name}" still changing after {seconds:.0f} s; reported as it is')
    return nodes


def list_items(nav):  # the page list's items: list items, or page tabs once its QML says so
    return [kid for kid in children(nav) if kid.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB)]


def open_page(nav, index):
    """Opens the index-th page the first way the bridge offers (Qt 6.4's: see the top comment)."""
    items = list_items(nav)
    if 'Selection' in nav.get_interfaces():
        nav.querySelection().selectChild(items[index].getIndexInParent())
        return 'the list\'s Selection'
    names = Node(items[index]).actions()
    if 'Press' in names:
        items[index].queryAction().doAction(names.index('Press'))
        return 'the item\'s Press action'
    # SetFocus on the list (its current item takes the focus), then Up/Down, sent by at-spi2-registryd
    # through XTest: that is why the bus learns our DISPLAY before the registry starts.
    nav.queryComponent().grabFocus()
    current = wait_for('the focus in the page list', lambda: next(
        (i + 1 for i, item in enumerate(items) if item.getState().contains(pyatspi.STATE_FOCUSED)), None), 10) - 1
    for _ in range(abs(index - current)):
        pyatspi.Registry.generateKeyboardEvent(0xff54 if index > current else 0xff52, None, pyatspi.KEY_SYM)  # Down, Up
        time.sleep(0.1)
    return 'the keyboard'


def report(title, nodes):
    """Prints a part's findings; returns (present nodes, unnamed of them, unnamed controls, charts, failures)."""
    unnamed = [n for n in nodes if not n.name and not (n.role == pyatspi.ROLE_PASSWORD_TEXT and n.description)]
    controls = [n for n in unnamed if n.role not in NOT_CONTROLS and not (n.trail and n.trail[-1].role == pyatspi.ROLE_COMBO_BOX)
                and (n.shows(pyatspi.STATE_FOCUSABLE) or set(n.actions()) - {'SetFocus'})]
    charts = [n for n in nodes if n.role == pyatspi.ROLE_CHART]
    bad_charts = [c for c in charts if not (c.name and c.description)]
    present, unnamed_present = sum(n.present for n in nodes), sum(n.present for n in unnamed)
    print(f'\n== {title}: {present} present nodes, {unnamed_present} of them unnamed; {len(nodes) - present} hidden')
    for heading, found in (('unnamed controls', controls), ('unnamed list items, cells and rows', [n for n in unnamed if n.role in ITEMS])):
        print(f'-- {heading}: {len(found)}')
        groups = {}  # alike nodes (a delegate's copies) are printed once
        for n in found:
            groups.setdefault((n.role_name, ' > '.join(a.label() for a in n.trail[1:]), n.after and n.after.label()), []).append(n)
        for (role, path, after), alike in groups.items():
            first = alike[0]
            anchor = next(a for a in reversed(first.trail) if a.name or a is first.trail[0])
            shown, hidden = sum(n.shows() for n in alike), sum(not n.present for n in alike)
            print(f'  {role} x{len(alike)} ({shown} on screen, {len(alike) - shown - hidden} scrolled out, {hidden} hidden);'
                  f' actions: {", ".join(first.actions()) or "-"}\n    path: {path}\n'
                  f'    after: {after or "-"}; inside the first: {first.inside.label() if first.inside else "-"}\n'
                  f'    nearest named ancestor: {anchor.label()}' + (f' -- "{anchor.description[:80]}"' if anchor.description else ''))
    print(f'-- charts (role "chart"): {len(charts)}')
    for c in charts:
        summary = c.description if len(c.description) < 80 else c.description[:77] + '...'
        print(f'  {"FAIL" if c in bad_charts else "OK  "} name "{c.name}", description "{summary}"' + ('' if c.present else ' (hidden now)'))
    return present, unnamed_present, len(controls), len(charts), len(controls) + len(bad_charts)


def chrome(window):
    """The window without its pages: the tool bar and the page list."""
    top = Node(window)
    return [top] + [n for kid in children(window) if kid.getRole() != pyatspi.ROLE_PAGE_TAB for n in walk(kid, (top,))]


def check(args, started):
    desktop = pyatspi.Registry.getDesktop(0)
    window = wait_for('Nido on the AT-SPI desktop', lambda: next(
        (app[0] for app in children(desktop) if app.get_process_id() == nido.pid and app.childCount), None), args.timeout)
    nav = wait_for('the page list', lambda: next((n.acc for n in chrome(window) if len(list_items(n.acc)) > 1), None), args.timeout)
    box = nav.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)  # the pointer rests on the list, never on a chart
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height - 5, pyatspi.MOUSE_ABS)
    titles = [item.name for item in list_items(nav)]
    wanted = list(range(len(titles)))
    if args.page:  # "Memories" finds "Memory timeline": a part of the name, or a word's first four letters
        match = lambda key, title: key in title or any(word.startswith(key[:4]) for word in title.split())
        wanted = [i for i, title in enumerate(titles) if any(match(key.lower(), title.lower()) for key in args.page)]
        if not wanted:
            sys.exit(print(f'error: no page matches {args.page}; the pages: {titles}') or 2)
    *row, failures = report('the window around the pages', chrome(window))
    rows, selected_right = [('(window: tool bar, page list)', *row)], 0
    for index in wanted:
        begun = time.monotonic()
        way = open_page(nav, index)
        page = wait_for(f'the page "{titles[index]}"', lambda: next((p for p in children(window) if p.getRole() == pyatspi.ROLE_PAGE_TAB
                        and p.name == titles[index] and p.getState().contains(pyatspi.STATE_SHOWING)), None), args.timeout)
        *row, failed = report(f'page "{titles[index]}"', settled(page, (Node(window),), args.timeout))
        rows.append((titles[index], *row))
        marks = [(item.name, item.getState()) for item in list_items(nav)]
        selected = [name for name, states in marks if states.contains(pyatspi.STATE_SELECTED)]
        selectable = sum(states.contains(pyatspi.STATE_SELECTABLE) for _, states in marks)
        ok = selected == [titles[index]] and selectable == len(marks)
        selected_right, failures = selected_right + ok, failures + failed + (not ok)
        print(f'-- page list (role "{nav.getRoleName()}"): {"OK" if ok else "FAIL"}: {selectable} of {len(marks)} '
              f'items selectable, selected: {selected or "none"}\n-- opened by {way}, walked in {time.monotonic() - begun:.1f} s')
    print(f'\n{"page":<30} | nodes | unnamed nodes | unnamed controls | charts')
    for title, nodes, unnamed, controls, charts in rows:
        print(f'{title:<30} | {nodes:>5} | {unnamed:>13} | {controls:>16} | {charts:>6}')
    print(f'the page list marks the open page selected on {selected_right} of {len(wanted)} pages\n{len(wanted)} pages in '
          f'{time.monotonic() - started:.0f} s: {failures or "no"} failures' + (' (report only)' if failures and args.report_only else ''))
    return 1 if failures and not args.report_only else 0


def start_x():
    """An X server of our own, on a display number that neither xvfb-run (from 99) nor an Xvfb left to
    choose (from 0) takes. -noreset: by default it resets whenever its last client leaves, and a client
    of at-spi's that comes and goes while Nido starts would have Nido's connection refused."""
    for number in random.sample(range(200, 1000), 20):
        reading, writing = os.pipe()
        xvfb = subprocess.Popen(['Xvfb', f':{number}', '-displayfd', str(writing), '-noreset', '-screen', '0', '1280x1024x24',
                                 '-nolisten', 'tcp'], pass_fds=(writing,), stderr=subprocess.DEVNULL)
        os.close(writing)
        with os.fdopen(reading, 'rb') as pipe:  # "N\n" once it takes clients, read whole: Xvfb dies writing to a closed pipe
            ready = pipe.readline().strip()     # nothing if the display is taken
        if ready:
            os.environ['DISPLAY'] = f':{number}'
            return xvfb
        xvfb.wait()
    sys.exit(print('error: no free X display') or 2)


def main():
    global nido
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--nido', required=True, help='the nido binary')
    where = parser.add_mutually_exclusive_group()  # by default a new embedded database, with demo data
    where.add_argument('--database', help="a voice backend's database, as a libpq conninfo")
    where.add_argument('--data-dir', help='the embedded database folder')
    parser.add_argument('--report-only', action='store_true', help='exit 0 whatever is found')
    parser.add_argument('--page', action='append', default=[], help='a page (part of its name); all by default')
    parser.add_argument('--timeout', type=float, default=90, help='seconds for Nido or a page to come up')
    args = parser.parse_args()
    started, home = time.monotonic(), os.environ['CHECK_ATSPI_HOME']
    data_dir, xvfb = os.path.abspath(args.data_dir or os.path.join(home, 'data')), None
    try:
        xvfb = start_x()
        subprocess.run(['dbus-update-activation-environment', 'DISPLAY'], check=True)  # before the registry starts
        env = dict(os.environ, QT_QPA_PLATFORM='xcb', QT_LINUX_ACCESSIBILITY_ALWAYS_ON='1', QT_ACCESSIBILITY='1',
                   NIDO_TEST_PRIVATE_BUS='1')
        try:
            with open(os.path.join(home, 'nido.log'), 'w') as log:
                nido = subprocess.Popen([args.nido] + (['--database', args.database] if args.database else ['--data-dir', data_dir]),
                                        env=env, stdout=log, stderr=subprocess.STDOUT)
        except OSError as error:  # a build under way replaces the binary
            sys.exit(print(f'error: cannot start {args.nido}: {error}') or 2)
        return check(args, started)
    finally:
        if nido:
            nido.terminate()
            try:
                nido.wait(30)
            except subprocess.TimeoutExpired:
                nido.kill()
            if nido.wait() not in (0, -signal.SIGTERM):
                print(f'Nido exited with {nido.returncode}; the end of its log:\n' + open(os.path.join(home, 'nido.log')).read()[-3000:])
        for pidfile in [] if args.database or args.data_dir else glob.glob(f'{data_dir}/**/postmaster.pid', recursive=True):
            try:  # a Nido that crashed leaves its embedded server running (stopped in our own folder only)
                os.kill(int(open(pidfile).readline()), signal.SIGINT)
            except (OSError, ValueError):
                pass
        if xvfb:
            xvfb.terminate()
            xvfb.wait()


if __name__ == '__main__':
    sys.exit(main())
