# Hand-written for CertInspect (issue 27): a capture kept as comments in a script, "#" glued to each line.
# Names, MACs and counts are invented.
def reload_long_running_aps(host, days=30):
  """

  """

  # OUTPUT [show ap uptime]:
  # -----
  #Number of APs.................................... 12
  #Global AP User Name.............................. lab-admin
  #Global AP Dot1x User Name........................ Not Configured
  #
  #AP Name              Ethernet MAC       AP Up Time               Association Up Time
  #------------------   -----------------  -----------------------  -----------------------
  #NORTH_L2_01          0c:75:bd:10:20:31  301 days, 04 h 12 m 09 s   120 days, 02 h 41 m 55 s
  #NORTH_L2_02          0c:75:bd:10:20:32  12 days, 19 h 02 m 43 s   12 days, 19 h 00 m 18 s
  #SOUTH_L1_07          5c:5a:c7:44:0e:18  1 days, 00 h 50 m 36 s   1 days, 00 h 48 m 16 s
  pattern = re.compile(r'^(?P<ap>[A-Za-z0-9_]+)\s+(?P<mac>\S+)\s+(?P<days>\d+)\sdays,')
  session = connect(host)
  session.send('show ap uptime\n')
  return [m.group('ap') for m in map(pattern.match, session.read().splitlines()) if m]
