## Hand-written for CertInspect (issue 27): a test's recorded session, the whole output one string with "\n"
## escapes. Host name, serial and release invented.
class RecordedRouter:
    hostname = 'EDGE-RTR2'
    cli = {'terminal length 0': 'terminal length 0\nEDGE-RTR2#', 'show version': 'show version\nCisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.5(3)M8, RELEASE SOFTWARE (fc2)\nTechnical Support: http://www.cisco.com/techsupport\nROM: System Bootstrap, Version 15.0(1r)M16, RELEASE SOFTWARE (fc1)\n\nEDGE-RTR2 uptime is 4 weeks, 2 days\nSystem image file is "flash0:c1900-universalk9-mz.SPA.155-3.M8.bin"\n\nCisco CISCO1941/K9 (revision 1.0) with 491520K/32768K bytes of memory.\nProcessor board ID FTX1638A2BC\n2 Gigabit Ethernet interfaces\n\nConfiguration register is 0x2102\n\nEDGE-RTR2#'}
